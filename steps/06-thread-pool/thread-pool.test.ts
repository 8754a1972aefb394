import { basename } from 'node:path';
import { describe } from 'vitest';
import { check } from '../../scripts/harness/learner-error.ts';
import { tail } from '../../scripts/harness/show-bytes.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { underTest } from '../../scripts/harness/target.ts';
import { expectRan, expectResolved } from '../../scripts/harness/thread-pool/expect-run.ts';
import { extraJobWaited, poolScenarios } from '../../scripts/harness/thread-pool/pool-scenarios.ts';
import {
  expectJobLines,
  expectLineBeforeJob,
} from '../../scripts/harness/thread-pool/worker-lines.ts';
import type { Blocked } from '../../scripts/harness/thread-pool/jobs.ts';
import { mostAtOnce } from '../../scripts/harness/thread-pool/overlap.ts';
import { failure, missingModule } from '../../scripts/harness/thread-pool/protocol.ts';
import { sharedScenario } from '../../scripts/harness/thread-pool/run-scenario.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const { folder } = underTest(import.meta.url);

// Each scenario runs in a process of its own, once, and the checks below read what it showed.
const pool = poolScenarios(folder);
const { size, started } = pool;
const unequal = sharedScenario(folder, 'unequal', { params: { ms: 600, jobs: 3 } });
const shortJobs = ['short 0', 'short 1', 'short 2'];
const manyJobs = 15;
const listeners = sharedScenario(folder, 'listeners', { params: { size: 2, jobs: manyJobs } });

// Starting a pool's threads takes seconds on a busy machine; each scenario may take up to 22 s.
describe('ThreadPool', { timeout: 28_000 }, () => {
  test(m.refusesBadSizes.name, async () => {
    const t = m.refusesBadSizes;
    const { refused, valid } = await pool.sizes();
    for (const [label, settled] of refused) {
      check(!settled.ok, () => ({ message: t.accepted(label), hint: t.acceptedHint }));
      const { name, message, isRangeError } = settled.error;
      check(isRangeError, () => ({ message: t.wrongType(label, name), hint: t.wrongTypeHint }));
      check(message.includes(label), () => ({
        message: t.unnamed(label, message),
        hint: t.unnamedHint,
      }));
    }
    check(valid.ok, () => ({
      message: t.refusedValid(valid.ok ? '' : valid.error.message),
      hint: t.refusedValidHint,
    }));
  });

  test(m.startsThreadsUpFront.name, async () => {
    const { threadsAtStart: started } = await pool.batch();
    check(started === size, () => ({
      message: m.startsThreadsUpFront.count(started, size),
      hint: m.startsThreadsUpFront.hint,
    }));
  });

  test(m.runsJobsOffMainThread.name, async () => {
    const t = m.runsJobsOffMainThread;
    const ids = (await pool.batch()).blocked.slice(0, size).map((job) => job.threadId);
    check(!ids.includes(0), () => ({ message: t.mainThread, hint: t.mainThreadHint }));
    check(new Set(ids).size === size, () => ({
      message: t.shared(size, ids.join(', ')),
      hint: t.sharedHint,
    }));
  });

  test(m.runsAsManyJobsAsThreads.name, async () => {
    const t = m.runsAsManyJobsAsThreads;
    const atOnce = mostAtOnce((await pool.batch()).blocked.slice(0, size));
    check(atOnce === size, () => ({
      message: atOnce <= 1 ? t.oneAtATime(size) : t.some(atOnce, size),
      hint: t.hint,
    }));
  });

  test(m.keepsExtraJobWaiting.name, async () => {
    const t = m.keepsExtraJobWaiting;
    const { blocked, threadsCreated: created } = await pool.batch();
    check(created <= size, () => ({ message: t.newThread(created, size), hint: t.newThreadHint }));
    check(extraJobWaited(blocked), () => ({ message: t.early(size), hint: t.earlyHint }));
  });

  test(m.takesWaitingJobsInOrder.name, () =>
    pool.expectFirstComeFirstServed(m.takesWaitingJobsInOrder),
  );

  test(m.givesJobToFreeWorker.name, async () => {
    const run = await unequal();
    expectRan(run, 2, [...started, 'long', ...shortJobs]);
    const [long, ...shorts] = expectResolved(run, ['long', ...shortJobs]) as Blocked[];
    const waited = shorts.filter((short) => short.end > long!.end - 5).length;
    check(waited === 0, () => ({
      message: m.givesJobToFreeWorker.waited(waited, shorts.length),
      hint: m.givesJobToFreeWorker.hint,
    }));
  });

  test(m.leavesNoListenerPerJob.name, async () => {
    const run = await listeners();
    expectRan(run, 2, [...started, `job ${manyJobs - 1}`]);
    const before = run.fact<number>('listenersBefore') ?? 0;
    const after = run.fact<number>('listenersAfter') ?? 0;
    // A pool may set up a listener or two lazily; one per job is a leak.
    check(after - before < manyJobs / 2, () => ({
      message: m.leavesNoListenerPerJob.leak(manyJobs, before, after),
      hint: m.leavesNoListenerPerJob.hint,
      output: tail(run.output),
    }));
  });

  test(m.rejectsFailedJobAndGoesOn.name, async () => {
    const t = m.rejectsFailedJobAndGoesOn;
    const run = await pool.failing();
    const crash = run.problem('crashed');
    check(!crash?.message.includes(failure), () => ({
      message: t.crashed,
      hint: t.stoppedHint,
      output: crash!.stack,
    }));
    // A module that cannot be imported fails its job like an error the job throws.
    check(!crash?.message.includes(basename(missingModule)), () => ({
      message: t.unimportableCrashed,
      hint: t.unimportableHint,
      output: crash!.stack,
    }));
    const stopped = run.settled('throwing') && !run.settled('next');
    check(run.done || !stopped, () => ({ message: t.stopped, hint: t.stoppedHint }));
    expectRan(run, 1, [...started, 'throwing', 'next']);
    const thrown = run.settled('throwing')!;
    check(!thrown.ok, () => ({ message: t.resolved, hint: t.resolvedHint }));
    check(thrown.error.message.includes(failure), () => ({
      message: t.lostError(failure, thrown.ok ? '' : thrown.error.message),
      hint: t.lostErrorHint,
    }));
    check(thrown.error.isError, () => ({
      message: t.notAnError(thrown.ok ? '' : thrown.error.name),
      hint: t.lostErrorHint,
    }));
    // The Error that came back is the one the job threw: its stack still shows where, in jobs.ts.
    check(thrown.ok || thrown.error.stack.includes('jobs.ts'), () => ({
      message: t.lostStack,
      hint: t.lostErrorHint,
    }));
    const next = run.settled('next')!;
    check(next.ok, () => ({
      message: t.nextFailed(next.ok ? '' : next.error.message),
      hint: t.stoppedHint,
    }));
    const unimportable = run.settled('unimportable');
    check(unimportable && !unimportable.ok, () => ({
      message: t.unimportableKept,
      hint: t.unimportableHint,
    }));
    check(run.settled('after unimportable')?.ok, () => ({
      message: t.stoppedAfterUnimportable,
      hint: t.unimportableHint,
    }));
  });

  test(m.printsGotAJob.name, async () => {
    const { run } = await pool.batch();
    // Every thread ran at least one job of the batch, which runs as many at once as there are threads.
    expectJobLines(run.output, pool.jobsRun(run), size, m.printsGotAJob, true);
    // A job that throws, or whose module cannot be imported, was taken all the same.
    const failing = await pool.failing();
    expectJobLines(failing.output, pool.failingJobsRun(failing), 1, m.printsGotAJob);
    expectLineBeforeJob(failing.output, m.printsGotAJob.countHint);
  });
});
