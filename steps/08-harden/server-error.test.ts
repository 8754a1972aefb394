import { describe } from 'vitest';
import { expect500s, withFailingRespond } from '../../scripts/harness/failing-respond.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);

describe('step 8: its own errors', { timeout: 28_000 }, () => {
  test(m.answers500OnOwnError.name, async ({ launch, target }) => {
    const copy = withFailingRespond(target);
    try {
      const server = await launch({ folder: copy.folder, env: { POOL_SIZE: '1' } });
      await expect500s(server, ['/', '/sleep'], m.answers500OnOwnError);
    } finally {
      copy.remove();
    }
  });
});
