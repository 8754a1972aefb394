import { describe } from 'vitest';
import { check } from '../../scripts/harness/learner-error.ts';
import type { ServerProcess } from '../../scripts/harness/server-process.ts';
import { sleepThenRoot } from '../../scripts/harness/sleep-then-root.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { askingToClose, sendGet } from '../../scripts/harness/timing.ts';
import { Connection } from '../../scripts/harness/clients/tcp-client.ts';
import { jobLineIds } from '../../scripts/harness/thread-pool/worker-lines.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const sleepMs = 600;
// Threads take seconds to start on a busy machine.
const patienceMs = sleepMs + 10_000;

/**
 * Sends `slow` (a method and a target), then GET / once the server has taken that connection:
 * when each of the two replies ended.
 */
async function slowThenRoot(server: ServerProcess, slow: string) {
  const accepted = server.accepted;
  const connection = await Connection.open(server);
  await connection.write(askingToClose(`${slow} HTTP/1.1\r\nHost: ${server.address}\r\n\r\n`));
  const ended = connection.readUntilClose(patienceMs).then(() => performance.now());
  await server.waitFor(() => server.accepted > accepted, 2000);
  const rootReply = await (await sendGet(server, '/', patienceMs)).reply;
  const slowEndedAt = await ended;
  connection.destroy();
  return { slowEndedAt, rootReply };
}

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
    // The same work, asked for another way: the path alone says that it blocks.
    for (const slow of ['HEAD /sleep', 'GET /sleep?x=1']) {
      const { slowEndedAt, rootReply } = await slowThenRoot(server, slow);
      check(rootReply.endedAt < slowEndedAt - sleepMs / 4, () => ({
        message: t.blockedBy(slow),
        hint: t.byPathHint,
        output: server.outputTail(),
      }));
    }
  });
});
