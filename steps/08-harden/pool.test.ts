import { describe } from 'vitest';
import { check } from '../../scripts/harness/learner-error.ts';
import { sleepThenRoot } from '../../scripts/harness/sleep-then-root.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { jobLineIds } from '../../scripts/harness/thread-pool/worker-lines.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const sleepMs = 600;
// Threads take seconds to start on a busy machine.
const patienceMs = sleepMs + 10_000;

describe('step 8: the pool', { timeout: 28_000 }, () => {
  test(m.runsSleepOnPool.name, async ({ launch, target }) => {
    const t = m.runsSleepOnPool;
    const server = await launch({ env: { POOL_SIZE: '2', SLEEP_MS: String(sleepMs) } });
    const jobs = () => jobLineIds(server.output()).length;
    const { sleepReply, rootReply } = await sleepThenRoot(server, target.folder, patienceMs);
    check(rootReply.endedAt < sleepReply.endedAt - sleepMs / 4, () => ({
      message: t.blocked,
      hint: t.hint,
      output: server.outputTail(),
    }));
    await server.waitFor(() => jobs() > 0, 2000);
    check(jobs() > 0, () => ({ message: t.noWorker, hint: t.hint, output: server.outputTail() }));
  });
});
