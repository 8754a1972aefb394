import { describe } from 'vitest';
import { importsOf } from '../../scripts/harness/forbidden-imports.ts';
import { check } from '../../scripts/harness/learner-error.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { underTest } from '../../scripts/harness/target.ts';
import { expectRan } from '../../scripts/harness/thread-pool/expect-run.ts';
import { extraJobWaited, poolScenarios } from '../../scripts/harness/thread-pool/pool-scenarios.ts';
import {
  expectJobLines,
  expectLineBeforeJob,
  jobLineIds,
} from '../../scripts/harness/thread-pool/worker-lines.ts';
import { mostAtOnce } from '../../scripts/harness/thread-pool/overlap.ts';
import { failure } from '../../scripts/harness/thread-pool/protocol.ts';
import { sharedScenario } from '../../scripts/harness/thread-pool/run-scenario.ts';
import { disposal, failedWithJob, type Closed } from '../../scripts/harness/thread-pool/closing.ts';
import { m } from './messages.ts';

// The scenarios that steps 6 and 7 put the learner's own pool through, now on piscina.
const test = stepTest(import.meta.url);
const { folder } = underTest(import.meta.url);
const pool = poolScenarios(folder);
const { size, started } = pool;
// Three blocking jobs and one that fails, on two threads; then close(), twice, and a late job.
const closingJobs = 3;
const closing = sharedScenario(folder, 'close', {
  params: { size: 2, ms: 400, jobs: closingJobs },
});
const disposing = sharedScenario(folder, 'dispose');

// Starting a pool's threads takes seconds on a busy machine; each scenario may take up to 22 s.
describe('ThreadPool on piscina', { timeout: 28_000 }, () => {
  test(m.runsJobsOnPiscina.name, ({ target }) => {
    const imported = importsOf(target.folder, 'thread-pool.ts');
    check(imported.includes('piscina'), () => ({
      message: m.runsJobsOnPiscina.missing,
      hint: m.runsJobsOnPiscina.hint,
    }));
    const ownThreads = imported.some((module) => /^(node:)?worker_threads$/.test(module));
    check(!ownThreads, () => ({
      message: m.runsJobsOnPiscina.ownThreads,
      hint: m.runsJobsOnPiscina.hint,
    }));
  });

  test(m.refusesBadSizes.name, async () => {
    const t = m.refusesBadSizes;
    const { refused, valid } = await pool.sizes();
    for (const [label, settled] of refused) {
      check(!settled.ok && settled.error.isRangeError, () => ({
        message: t.accepted(label, settled.ok ? '' : settled.error.name),
        hint: t.hint,
      }));
      check(settled.error.message.includes(label), () => ({
        message: t.unnamed(label, settled.error.message),
        hint: t.hint,
      }));
    }
    check(valid.ok, () => ({ message: t.refusedValid, hint: t.hint }));
  });

  test(m.runsNoMoreJobsThanThreads.name, async () => {
    const t = m.runsNoMoreJobsThanThreads;
    const { blocked, threadsAtStart: atStart, threadsCreated: created } = await pool.batch();
    check(atStart === size, () => ({ message: t.upFront(atStart, size), hint: t.hint }));
    const ids = blocked.slice(0, size).map((job) => job.threadId);
    check(!ids.includes(0) && new Set(ids).size === size, () => ({
      message: t.shared(size, ids.join(', ')),
      hint: t.hint,
    }));
    check(created <= size, () => ({ message: t.grew(created, size), hint: t.hint }));
    const atOnce = mostAtOnce(blocked.slice(0, size));
    check(atOnce === size, () => ({ message: t.notParallel(atOnce, size), hint: t.hint }));
    check(extraJobWaited(blocked), () => ({ message: t.early(size), hint: t.hint }));
  });

  test(m.runsWaitingJobsInOrder.name, () =>
    pool.expectFirstComeFirstServed(m.runsWaitingJobsInOrder),
  );

  test(m.rejectsFailedJobAndGoesOn.name, async () => {
    const t = m.rejectsFailedJobAndGoesOn;
    const run = await pool.failing();
    expectRan(run, 1, [...started, 'throwing', 'next']);
    const thrown = run.settled('throwing')!;
    check(!thrown.ok && thrown.error.message === failure, () => ({
      message: t.lost(failure),
      hint: t.hint,
    }));
    check(run.settled('next')!.ok, () => ({ message: t.nextFailed, hint: t.hint }));
  });

  test(m.printsGotAJobFromZero.name, async () => {
    const { run } = await pool.batch();
    // Every thread ran at least one job of the batch, which runs as many at once as there are threads.
    expectJobLines(run.output, pool.jobsRun(run), size, m.printsGotAJobFromZero, true);
    // A job that throws, or whose module cannot be imported, was taken all the same.
    const failing = await pool.failing();
    expectJobLines(failing.output, pool.failingJobsRun(failing), 1, m.printsGotAJobFromZero);
    expectLineBeforeJob(failing.output, m.printsGotAJobFromZero.countHint);
  });

  test(m.letsJobsFinishOnClose.name, async () => {
    const t = m.letsJobsFinishOnClose;
    const run = await closing();
    expectRan(run, 2, ['create', 'warm-up', 'close']);
    const close = run.settled('close')!;
    check(close.ok, () => ({
      message: failedWithJob(close)
        ? t.failedWithJob
        : t.noClose(close.ok ? '' : close.error.message),
      hint: failedWithJob(close) ? t.failedWithJobHint : t.hint,
    }));
    const state = close.value as Closed;
    check(state.unfinished === 0, () => ({ message: t.cutOff(state.unfinished), hint: t.hint }));
    for (const label of ['job 0', 'job 1', 'job 2']) {
      const job = run.settled(label)!;
      check(job.ok, () => ({
        message: t.jobFailed(job.ok ? '' : job.error.message),
        hint: t.hint,
      }));
    }
    // A job taken after close() may keep a thread busy: that is the cause to name first.
    const late = run.settled('late');
    check(late && !late.ok && late.error.message.trim() !== '', () => ({
      message: t.lateAccepted,
      hint: t.lateHint,
    }));
    check(!run.fact<boolean>('lateThrownAtOnce'), () => ({
      message: t.thrownAtOnce,
      hint: t.lateHint,
    }));
    check(late!.ok || late!.error.isError, () => ({
      message: t.notError(late!.ok ? '' : late!.error.name),
      hint: t.lateHint,
    }));
    // Whatever the words, they say why: the pool is closed (or shut down, or stopped).
    check(late!.ok || /clos|shut|stop/i.test(late!.error.message), () => ({
      message: t.unexplained(late!.ok ? '' : late!.error.message),
      hint: t.lateHint,
    }));
    // A refused job reaches no thread: only the warm-up jobs and those given before close(), the
    // failing one included, print a job line.
    const given = (run.fact<number>('warmUpJobs') ?? 0) + closingJobs + 1;
    check(jobLineIds(run.output).length <= given, () => ({ message: t.lateRan, hint: t.lateHint }));
    check(state.exited >= state.created, () => ({
      message: t.threadsLeft(state.created - state.exited, state.created),
      hint: t.hint,
    }));
    check(state.exitedAtSecond >= state.created, () => ({
      message: t.secondEarly(state.created - state.exitedAtSecond, state.created),
      hint: t.secondEarlyHint,
    }));
  });

  test(m.closesAtEndOfAwaitUsing.name, async () => {
    const t = m.closesAtEndOfAwaitUsing;
    const { refused, threadsLeft, unfinished } = disposal(await disposing(), 2);
    check(refused === undefined, () => ({ message: t.notDisposable(refused!), hint: t.hint }));
    check(threadsLeft === 0, () => ({ message: t.left(threadsLeft), hint: t.hint }));
    check(unfinished === 0, () => ({ message: t.cutOff(unfinished), hint: t.hint }));
  });
});
