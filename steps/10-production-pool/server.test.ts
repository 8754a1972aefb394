import { describe } from 'vitest';
import { check } from '../../scripts/harness/learner-error.ts';
import { expectPage } from '../../scripts/harness/http/page-check.ts';
import { observeShutdown } from '../../scripts/harness/shutdown.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { jobLineIds } from '../../scripts/harness/thread-pool/worker-lines.ts';
import { byEnd, getAtOnce, sendGet } from '../../scripts/harness/timing.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const poolSize = 2;
// Long enough to tower over the delays of a busy machine, short enough for quick checks.
const sleepMs = 600;
const patienceMs = sleepMs + 10_000;
const graceMs = 4000;
const env = { POOL_SIZE: String(poolSize), SLEEP_MS: String(sleepMs) };

// Threads take seconds to start on a busy machine, and some checks wait for several slow requests.
describe('the server on piscina', { timeout: 28_000 }, () => {
  test(m.servesRootWhileEveryThreadSleeps.name, async ({ launch, target }) => {
    const t = m.servesRootWhileEveryThreadSleeps;
    const server = await launch({ env });
    // Every thread runs a /sleep once first: threads start at their own pace.
    const warm = await getAtOnce(server, ['/sleep', '/sleep'], patienceMs);
    for (const reply of warm) await expectPage(server, target.folder, reply);
    const accepted = server.accepted;
    const sleeps = ['/sleep', '/sleep', '/sleep'].map((path) => sendGet(server, path, patienceMs));
    await server.waitFor(() => server.accepted >= accepted + 3, 2000);
    const root = await sendGet(server, '/', patienceMs);
    const replies = await Promise.all((await Promise.all(sleeps)).map((sent) => sent.reply));
    const rootReply = await root.reply;
    for (const reply of [...replies, rootReply]) await expectPage(server, target.folder, reply);
    const [first, second, third] = byEnd(replies).map((reply) => reply.endedAt) as [
      number,
      number,
      number,
    ];
    check(rootReply.endedAt < first - sleepMs / 4, () => ({ message: t.blocked, hint: t.hint }));
    check(second - first < sleepMs / 2, () => ({ message: t.oneAtATime(poolSize), hint: t.hint }));
    check(third - second >= sleepMs / 2, () => ({ message: t.unbounded(poolSize), hint: t.hint }));
    check(server.mostThreadsAlive <= poolSize, () => ({
      message: t.threads(server.mostThreadsAlive, poolSize),
      hint: t.hint,
    }));
  });

  test(m.finishesSleepAndClosesPiscinaOnSigterm.name, async ({ launch, target }) => {
    const t = m.finishesSleepAndClosesPiscinaOnSigterm;
    const server = await launch({ env });
    const shutdown = await observeShutdown(server, 'SIGTERM', sleepMs, graceMs);
    check(shutdown.inFlight.bytes.length > 0, () => ({
      message: t.cutOff(server.describeState()),
      hint: t.hint,
      output: server.outputTail(25),
    }));
    await expectPage(server, target.folder, shutdown.inFlight);
    const { exit } = shutdown;
    check(exit?.code === 0, () => ({
      message: t.noExit(server.describeState()),
      hint: t.hint,
      output: server.outputTail(25),
    }));
    check(jobLineIds(server.output()).length > 0, () => ({
      message: t.noJobLine,
      hint: t.noJobLineHint,
    }));
  });
});
