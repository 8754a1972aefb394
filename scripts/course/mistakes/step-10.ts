import { m } from '../../../steps/10-production-pool/messages.ts';
import type { Edit } from './mutant.ts';
import type { Mistake } from './mistake.ts';

const step = '10-production-pool';
const inPool = (from: string, to: string): Edit => ({ file: 'thread-pool.ts', from, to });
const refusal =
  "return Promise.reject(new Error('The thread pool is closed: it takes no new jobs.'));";
const closeWhenSettled = 'Promise.allSettled(this.#unfinished).then(() => this.#piscina.close())';
/** The check of close(), with its hint for a pool that ends its jobs too soon. */
const closing = {
  step,
  file: 'thread-pool.test.ts',
  check: m.letsJobsFinishOnClose.name,
  hint: m.letsJobsFinishOnClose.hint,
};
/** The same check, with its hint for a job given after close(). */
const refusingLateJobs = { ...closing, hint: m.letsJobsFinishOnClose.lateHint };

export const step10: Mistake[] = [
  {
    what: 'refuses a job after close() with words that do not say why',
    ...refusingLateJobs,
    edits: [inPool(refusal, "return Promise.reject(new Error('Job refused.'));")],
  },
  {
    what: "disposes of itself with piscina's close(), not its own",
    step,
    file: 'thread-pool.test.ts',
    check: m.closesAtEndOfAwaitUsing.name,
    hint: m.closesAtEndOfAwaitUsing.hint,
    edits: [inPool('    await this.close();', '    await this.#piscina.close();')],
  },
  {
    what: 'hands a late job to piscina before it refuses it',
    ...refusingLateJobs,
    edits: [
      inPool(
        `    if (this.#closing)
      return Promise.reject(new Error('The thread pool is closed: it takes no new jobs.'));
    const result = this.#piscina.run(job);`,
        `    const result = this.#piscina.run(job);
    if (this.#closing)
      return Promise.reject(new Error('The thread pool is closed: it takes no new jobs.'));`,
      ),
    ],
  },
  {
    what: 'hands sizes to piscina without checking them',
    step,
    file: 'thread-pool.test.ts',
    check: m.refusesBadSizes.name,
    hint: m.refusesBadSizes.hint,
    edits: [
      {
        file: 'thread-pool.ts',
        from: 'if (!Number.isInteger(size) || size < 1) {',
        to: 'if (false) {',
      },
    ],
  },
  {
    what: "leaves piscina's minThreads at its default",
    step,
    file: 'thread-pool.test.ts',
    check: m.runsNoMoreJobsThanThreads.name,
    hint: m.runsNoMoreJobsThanThreads.hint,
    edits: [{ file: 'thread-pool.ts', from: '      minThreads: size,\n', to: '' }],
  },
  {
    what: "leaves piscina's maxThreads at its default",
    step,
    file: 'server.test.ts',
    check: m.servesRootWhileEveryThreadSleeps.name,
    hint: m.servesRootWhileEveryThreadSleeps.hint,
    edits: [{ file: 'thread-pool.ts', from: '      maxThreads: size,\n', to: '' }],
  },
  {
    what: 'sends a job that finds every thread busy to the back of the queue',
    step,
    file: 'thread-pool.test.ts',
    check: m.runsWaitingJobsInOrder.name,
    hint: m.runsWaitingJobsInOrder.hint,
    edits: [{ file: 'thread-pool.ts', from: '      stricterFIFO: true,\n', to: '' }],
  },
  {
    what: 'names its workers by threadId',
    step,
    file: 'thread-pool.test.ts',
    check: m.printsGotAJobFromZero.name,
    hint: m.printsGotAJobFromZero.idsHint,
    edits: [
      {
        file: 'worker.ts',
        from: 'import { workerData } from',
        to: 'import { threadId, workerData } from',
      },
      {
        file: 'worker.ts',
        from: 'const id = Atomics.add(new Int32Array((workerData as { ids: SharedArrayBuffer }).ids), 0, 1);',
        to: 'const id = threadId;',
      },
    ],
  },
  {
    what: 'gives each thread a copy of the counter instead of one to share',
    step,
    file: 'thread-pool.test.ts',
    check: m.printsGotAJobFromZero.name,
    hint: m.printsGotAJobFromZero.idsHint,
    edits: [
      {
        file: 'thread-pool.ts',
        from: 'workerData: { ids: new SharedArrayBuffer(4) },',
        to: 'workerData: { ids: new ArrayBuffer(4) },',
      },
    ],
  },
  {
    what: 'closes piscina while jobs still wait in its queue',
    ...closing,
    edits: [inPool(closeWhenSettled, 'this.#piscina.close()')],
  },
  {
    what: 'destroys piscina instead of closing it',
    ...closing,
    edits: [inPool(closeWhenSettled, 'this.#piscina.destroy()')],
  },
  {
    what: 'takes jobs after close()',
    ...refusingLateJobs,
    edits: [inPool(`    if (this.#closing)\n      ${refusal}\n`, '')],
  },
  {
    what: 'throws at once from execute() after close()',
    ...refusingLateJobs,
    edits: [
      inPool(refusal, "throw new Error('The thread pool is closed: it takes no new jobs.');"),
    ],
  },
  {
    what: 'has no [Symbol.asyncDispose]',
    step,
    file: 'thread-pool.test.ts',
    check: m.closesAtEndOfAwaitUsing.name,
    hint: m.closesAtEndOfAwaitUsing.hint,
    edits: [
      {
        file: 'thread-pool.ts',
        from: 'async [Symbol.asyncDispose](): Promise<void> {',
        to: 'async disposeLater(): Promise<void> {',
      },
    ],
  },
  {
    what: 'waits for the jobs with Promise.all, so that one failing job ends the wait',
    ...closing,
    hint: m.letsJobsFinishOnClose.failedWithJobHint,
    edits: [
      inPool(closeWhenSettled, 'Promise.all(this.#unfinished).then(() => this.#piscina.close())'),
    ],
  },
  {
    what: 'rejects a job after close() with a string, not an Error',
    ...refusingLateJobs,
    edits: [
      inPool(refusal, "return Promise.reject('The thread pool is closed: it takes no new jobs.');"),
    ],
  },
  {
    what: 'resolves a second close() at once',
    ...closing,
    hint: m.letsJobsFinishOnClose.secondEarlyHint,
    edits: [
      inPool(
        `    this.#closing ??= ${closeWhenSettled};`,
        `    if (this.#closing) return Promise.resolve();\n    this.#closing = ${closeWhenSettled};`,
      ),
    ],
  },
  {
    what: 'prints its line once a job has run, so that a job that throws prints none',
    step,
    file: 'thread-pool.test.ts',
    check: m.printsGotAJobFromZero.name,
    hint: m.printsGotAJobFromZero.countHint,
    edits: [
      { file: 'worker.ts', from: '  console.log(`Worker ${id} got a job; executing.`);\n', to: '' },
      {
        file: 'worker.ts',
        from: '  return code[job.name]!(...job.args);',
        to: '  const value = await code[job.name]!(...job.args);\n  console.log(`Worker ${id} got a job; executing.`);\n  return value;',
      },
    ],
  },
  {
    what: 'wraps the error a job throws in one of its own',
    step,
    file: 'thread-pool.test.ts',
    check: m.rejectsFailedJobAndGoesOn.name,
    hint: m.rejectsFailedJobAndGoesOn.hint,
    edits: [
      {
        file: 'worker.ts',
        from: '  return code[job.name]!(...job.args);',
        to: '  try {\n    return await code[job.name]!(...job.args);\n  } catch (error) {\n    throw new Error(`Job ${job.name} failed: ${(error as Error).message}`);\n  }',
      },
    ],
  },
];
