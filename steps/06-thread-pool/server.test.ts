import { describe } from 'vitest';
import { expectBadRequestAnswered } from '../../scripts/harness/http/bad-request.ts';
import { expectHttpByHand } from '../../scripts/harness/http/http-by-hand.ts';
import { check } from '../../scripts/harness/learner-error.ts';
import { expectPage } from '../../scripts/harness/http/page-check.ts';
import type { ServerProcess, StartOptions } from '../../scripts/harness/server-process.ts';
import { sleepThenRoot } from '../../scripts/harness/sleep-then-root.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { expectRan, expectResolved } from '../../scripts/harness/thread-pool/expect-run.ts';
import type { Held } from '../../scripts/harness/thread-pool/jobs.ts';
import { runScenario } from '../../scripts/harness/thread-pool/run-scenario.ts';
import { expectJobLines, jobLineIds } from '../../scripts/harness/thread-pool/worker-lines.ts';
import { byEnd, getAtOnce, sendGet } from '../../scripts/harness/timing.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const poolSize = 2;
// Long enough to tower over the delays of a busy machine, short enough for quick checks.
const sleepMs = 600;
const patienceMs = sleepMs + 10_000;
const env = { POOL_SIZE: String(poolSize), SLEEP_MS: String(sleepMs) };

const defaultPoolSize = 4;
// The learner's respond() for a /sleep, run on a thread of the learner's pool (see scenarios.ts).
const sleepScenario = (folder: string) =>
  runScenario(folder, 'sleep', { env: { SLEEP_MS: String(sleepMs) } });

type Launch = (options?: Partial<StartOptions>) => Promise<ServerProcess>;

/**
 * Starts the server and keeps every thread of its pool busy with a /sleep once: threads start at
 * their own pace, and the timing checks begin when all of them are up.
 */
async function warmServer(launch: Launch, folder: string): Promise<ServerProcess> {
  const server = await launch({ env });
  const replies = await getAtOnce(server, Array(poolSize).fill('/sleep'), patienceMs);
  for (const reply of replies) await expectPage(server, folder, reply);
  return server;
}

const jobLinesSince = (server: ServerProcess, since: number) =>
  jobLineIds(server.output().slice(since)).length;

// Threads take seconds to start on a busy machine, and some checks wait for several slow requests.
describe('the server', { timeout: 28_000 }, () => {
  test(m.servesDuringSleep.name, async ({ launch, target }) => {
    const t = m.servesDuringSleep;
    const server = await warmServer(launch, target.folder);
    const since = server.output().length;
    const { sleepReply, rootReply } = await sleepThenRoot(server, target.folder, patienceMs);
    const pooled = jobLinesSince(server, since) > 0;
    check(rootReply.endedAt < sleepReply.endedAt - sleepMs / 4, () => ({
      message: pooled ? t.oneAtATime(poolSize) : t.notPooled,
      hint: pooled ? t.oneAtATimeHint : t.notPooledHint,
    }));
  });

  test(m.runsPoolSizeSleepsAtOnce.name, async ({ launch, target }) => {
    const t = m.runsPoolSizeSleepsAtOnce;
    const server = await warmServer(launch, target.folder);
    const since = server.output().length;
    const replies = await getAtOnce(server, ['/sleep', '/sleep', '/sleep'], patienceMs);
    for (const reply of replies) await expectPage(server, target.folder, reply);
    const [first, second, third] = byEnd(replies).map((reply) => reply.endedAt) as [
      number,
      number,
      number,
    ];
    const pooled = jobLinesSince(server, since) > 0;
    check(server.threadsStarted <= poolSize, () => ({
      message: t.threadPerRequest(server.threadsStarted, poolSize),
      hint: t.threadPerRequestHint,
    }));
    check(third - first >= sleepMs / 2, () => ({
      message: pooled ? t.unbounded(poolSize) : t.timer(poolSize),
      hint: pooled ? t.unboundedHint : t.timerHint,
    }));
    check(second - first < sleepMs / 2, () => ({
      message: pooled ? t.oneAtATime(poolSize) : t.notPooled,
      hint: pooled ? m.servesDuringSleep.oneAtATimeHint : m.servesDuringSleep.notPooledHint,
    }));
    check(third - second >= sleepMs / 2, () => ({
      message: t.unbounded(poolSize),
      hint: t.unboundedHint,
    }));
  });

  test(m.holdsThreadForWholeSleep.name, async ({ target }) => {
    const t = m.holdsThreadForWholeSleep;
    const run = await sleepScenario(target.folder);
    expectRan(run, 1, ['create', 'warm-up', 'sleep']);
    const [held] = expectResolved(run, ['sleep']) as [Held];
    check(held.ticks <= 2, () => ({
      message: t.timer(held.ms, held.ticks),
      hint: t.hint,
    }));
  });

  test(m.startsFourThreadsByDefault.name, async ({ server }) => {
    // Threads are counted once running, which takes seconds on a busy machine; a pool creates them
    // all at once, so the wait ends with the fourth and only a pool too small waits it out.
    await server.waitFor(() => server.threadsStarted >= defaultPoolSize, 15_000);
    check(server.threadsStarted === defaultPoolSize, () => ({
      message: m.startsFourThreadsByDefault.count(server.threadsStarted, defaultPoolSize),
      hint: m.startsFourThreadsByDefault.hint,
    }));
  });

  test(m.printsWhichWorkerTookRequest.name, async ({ launch, target }) => {
    const t = m.printsWhichWorkerTookRequest;
    const server = await launch({ env });
    const since = server.output().length;
    // Every response is built on the pool, a missing page's 404 too.
    for (const path of ['/', '/missing', '/', '/missing']) {
      const { reply } = await sendGet(server, path, patienceMs);
      if (path === '/') await expectPage(server, target.folder, await reply);
      else await reply;
    }
    // A worker's line may come after its job's answer: the message says how long it was awaited.
    await server.waitFor(() => jobLinesSince(server, since) >= 4, 5000);
    // A line for each GET / and none for GET /missing: the 404 was built on the main thread.
    const roots = 2;
    check(jobLinesSince(server, since) !== roots, () => ({
      message: t.notOnPool,
      hint: t.notOnPoolHint,
    }));
    expectJobLines(server.output().slice(since), 4, poolSize, t);
  });

  test(m.answersBadRequest.name, async ({ server }) => {
    await expectBadRequestAnswered(server);
  });

  test(m.buildsOnNetAlone.name, ({ target }) => {
    expectHttpByHand(target.folder, target.files);
  });
});
