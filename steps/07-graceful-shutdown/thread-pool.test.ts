import { describe } from 'vitest';
import { check } from '../../scripts/harness/learner-error.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { underTest } from '../../scripts/harness/target.ts';
import { expectRan } from '../../scripts/harness/thread-pool/expect-run.ts';
import {
  sharedScenario,
  type ScenarioRun,
} from '../../scripts/harness/thread-pool/run-scenario.ts';
import {
  disconnectedLine,
  expectLinePerWorker,
  expectShutdownLines,
  jobLineIds,
  shutdownLine,
} from '../../scripts/harness/thread-pool/worker-lines.ts';
import { disposal, failedWithJob, type Closed } from '../../scripts/harness/thread-pool/closing.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const { folder } = underTest(import.meta.url);
const size = 2;
const jobs = ['job 0', 'job 1', 'job 2', 'job 3'];
// Threads print late: the checks wait for each worker's two lines of the shutdown.
const shutdownLines = (run: ScenarioRun) =>
  Array.from({ length: size }, (_, id) => [shutdownLine.text(id), disconnectedLine.text(id)])
    .flat()
    .every((line) => run.output.includes(line));

// close() is called at once after five jobs: two run, three wait, and the last of them fails.
// Then one more job is given.
const closing = sharedScenario(folder, 'close', {
  params: { size, ms: 400, jobs: jobs.length },
  until: shutdownLines,
});
const disposing = sharedScenario(folder, 'dispose', { until: shutdownLines });

/** The run, once close() has resolved: how many threads and jobs were left at that moment. */
async function closed(): Promise<{ run: ScenarioRun; state: Closed }> {
  const run = await closing();
  expectRan(run, size, ['create', 'warm-up', 'close']);
  const close = run.settled('close')!;
  const t = m.letsJobsFinishOnClose;
  check(close.ok, () => ({
    message: failedWithJob(close)
      ? t.failedWithJob
      : t.noClose(close.ok ? '' : close.error.message),
    hint: failedWithJob(close) ? t.cutOffHint : t.noCloseHint,
  }));
  return { run, state: close.value as Closed };
}

// Starting a pool's threads takes seconds on a busy machine; each scenario may take up to 22 s.
describe('ThreadPool.close()', { timeout: 28_000 }, () => {
  test(m.letsJobsFinishOnClose.name, async () => {
    const t = m.letsJobsFinishOnClose;
    const { run, state } = await closed();
    check(state.unfinished === 0, () => ({
      message: t.cutOff(state.unfinished),
      hint: t.cutOffHint,
    }));
    for (const label of jobs) {
      const job = run.settled(label)!;
      check(job.ok, () => ({
        message: t.jobFailed(job.ok ? '' : job.error.message),
        hint: t.cutOffHint,
      }));
    }
  });

  test(m.rejectsJobsAfterClose.name, async () => {
    const t = m.rejectsJobsAfterClose;
    const { run } = await closed();
    const late = run.settled('late');
    check(late, () => ({ message: t.hangs, hint: t.acceptedHint }));
    check(!late.ok, () => ({ message: t.accepted, hint: t.acceptedHint }));
    check(!run.fact<boolean>('lateThrownAtOnce'), () => ({
      message: t.thrownAtOnce,
      hint: t.acceptedHint,
    }));
    check(late.error.isError, () => ({ message: t.notError(late.error.name), hint: t.silentHint }));
    check(late.error.message.trim() !== '', () => ({ message: t.silent, hint: t.silentHint }));
    // Whatever the words, they say why: the pool is closed (or shut down, or stopped).
    check(/clos|shut|stop/i.test(late.error.message), () => ({
      message: t.unexplained(late.error.message),
      hint: t.silentHint,
    }));
  });

  test(m.endsThreadsBeforeCloseResolves.name, async () => {
    const { state } = await closed();
    check(state.exited >= state.created, () => ({
      message: m.endsThreadsBeforeCloseResolves.left(state.created - state.exited, state.created),
      hint: m.endsThreadsBeforeCloseResolves.leftHint,
    }));
    check(state.exitedAtSecond >= state.created, () => ({
      message: m.endsThreadsBeforeCloseResolves.secondEarly(
        state.created - state.exitedAtSecond,
        state.created,
      ),
      hint: m.endsThreadsBeforeCloseResolves.secondEarlyHint,
    }));
  });

  test(m.printsShuttingDownWorker.name, async () => {
    const t = m.printsShuttingDownWorker;
    const { run } = await closed();
    expectShutdownLines(run.output, size, t);
    // The pool tells its workers to stop once the jobs it took have settled: by then the line of
    // every blocking job is out (the failing job's, printed just before it fails, may still come).
    const told = run.output.indexOf('Shutting down worker');
    const linesBefore = jobLineIds(run.output.slice(0, told)).length;
    const blocking = (run.fact<number>('warmUpJobs') ?? 0) + jobs.length;
    check(told === -1 || linesBefore >= blocking, () => ({ message: t.early, hint: t.earlyHint }));
  });

  test(m.printsWorkerDisconnected.name, async () => {
    const t = m.printsWorkerDisconnected;
    const { run } = await closed();
    expectLinePerWorker(run.output, size, disconnectedLine, t);
    // The pool prints its line as it tells a worker to stop; the worker's own comes after.
    for (let id = 0; id < size; id++) {
      const told = run.output.indexOf(shutdownLine.text(id));
      const ended = run.output.indexOf(disconnectedLine.text(id));
      check(told !== -1 && told < ended, () => ({
        message: t.beforeTold(id),
        hint: t.beforeToldHint,
      }));
    }
  });

  test(m.closesAtEndOfAwaitUsing.name, async () => {
    const t = m.closesAtEndOfAwaitUsing;
    const { refused, threadsLeft, unfinished } = disposal(await disposing(), size);
    check(refused === undefined, () => ({
      message: t.notDisposable(refused!),
      hint: t.notDisposableHint,
    }));
    check(threadsLeft === 0, () => ({ message: t.left(threadsLeft), hint: t.leftHint }));
    check(unfinished === 0, () => ({ message: t.cutOff(unfinished), hint: t.leftHint }));
  });
});
