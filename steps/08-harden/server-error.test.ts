import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { exchange } from '../../scripts/harness/clients/tcp-client.ts';
import { check } from '../../scripts/harness/learner-error.ts';
import { scratchCopy } from '../../scripts/harness/scratch-copy.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { closingRequest } from '../../scripts/harness/timing.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const failure = 'respond() fails on purpose here, to see the server answer 500 (check 5e0a)';

/**
 * The learner's respond.ts, kept under another name, behind one whose respond() throws: every
 * other export still comes from the learner's file, so the server starts as it always does.
 */
const failingRespond = `export * from './respond-as-written.ts';

export function respond(): never {
  throw new Error(${JSON.stringify(failure)});
}
`;

describe('step 8: its own errors', { timeout: 28_000 }, () => {
  test(m.answers500OnOwnError.name, async ({ launch, target }) => {
    const t = m.answers500OnOwnError;
    const copy = scratchCopy(target);
    try {
      renameSync(join(copy.folder, 'respond.ts'), join(copy.folder, 'respond-as-written.ts'));
      writeFileSync(join(copy.folder, 'respond.ts'), failingRespond);
      const server = await launch({ folder: copy.folder, env: { POOL_SIZE: '1' } });
      for (const path of ['/', '/sleep']) {
        const reply = await exchange(server, closingRequest(server, path), { timeoutMs: 10_000 });
        await server.waitFor(() => !server.isRunning, reply.bytes.length ? 0 : 500);
        check(server.isRunning, () => ({
          message: t.crashed(path, server.describeState()),
          hint: t.crashedHint,
          output: server.outputTail(25),
        }));
        const statusLine = reply.text.split('\r\n')[0]!;
        check(/^HTTP\/1\.[01] 500 /.test(statusLine), () => ({
          message: statusLine ? t.status(path, statusLine) : t.silent(path),
          hint: t.statusHint,
          output: server.outputTail(),
        }));
      }
      check(server.output().includes(failure), () => ({
        message: t.unsaid,
        hint: t.unsaidHint,
        output: server.outputTail(),
      }));
    } finally {
      copy.remove();
    }
  });
});
