import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Blocked } from './jobs.ts';
import { failure, missingModule, saying } from './protocol.ts';
import type { Recorder } from './recorder.ts';
import type { Threads } from './threads.ts';

// The scenarios the checks run on the learner's pool, each in a fresh process (see scenario.ts).

interface Job {
  module: string;
  name: string;
  args: unknown[];
}

export interface Pool {
  execute(job: Job): Promise<unknown>;
  close(): Promise<void>;
}

export type PoolClass = new (size: number) => Pool;

const jobsModule = new URL('./jobs.ts', import.meta.url).href;
const job = (name: string, ...args: unknown[]): Job => ({ module: jobsModule, name, args });
/** The promise a call returns, or a rejected one if the call throws. */
function attempt(call: () => unknown): Promise<unknown> {
  try {
    return Promise.resolve(call());
  } catch (error) {
    return Promise.reject(error);
  }
}

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

interface Context extends Recorder {
  /** The folder of the learner's files. */
  folder: string;
  ThreadPool: PoolClass;
  threads: Threads;
  size: number;
  ms: number;
  jobs: number;
}

/** Creates the pool and lets every thread run a job first, so that timing starts level. */
async function start(context: Context, size = context.size): Promise<Pool | undefined> {
  const { track, fact } = context;
  const pool = await track('create', () => new context.ThreadPool(size));
  if (!pool) return undefined;
  fact('threadsAtStart', context.threads.created);
  const warmUpJobs = await track('warm-up', () => warmUp(pool, context.threads, size));
  fact('warmUpJobs', warmUpJobs);
  return warmUpJobs === undefined ? undefined : pool;
}

/** Threads start at their own pace: rounds of short jobs go on until each one has taken a job. */
async function warmUp(pool: Pool, threads: Threads, size: number): Promise<number> {
  const seen = new Set<number>();
  let jobs = 0;
  do {
    const done = await Promise.all(range(size).map(() => pool.execute(job('block', 20))));
    (done as Blocked[]).forEach((blocked) => seen.add(blocked?.threadId));
    jobs += size;
  } while (jobs < size * 10 && seen.size < threads.created);
  return jobs;
}

const blockingJobs = (context: Context, pool: Pool) =>
  range(context.jobs).map((index) =>
    context.track(`job ${index}`, () => pool.execute(job('block', context.ms))),
  );

export const scenarios: Record<string, (context: Context) => Promise<void>> = {
  async sizes(context) {
    for (const size of [0, -1, 2.5, NaN, 2]) {
      await context.track(String(size), () => void new context.ThreadPool(size));
    }
  },

  /** `jobs` blocking jobs given at once to a pool of `size`. */
  async batch(context) {
    const pool = await start(context);
    if (!pool) return;
    await Promise.all(blockingJobs(context, pool));
    context.fact('threadsCreated', context.threads.created);
  },

  /**
   * On a pool of two, one long job and, given right after it, short ones: a free worker should
   * take each short job while the long one still runs.
   */
  async unequal(context) {
    const pool = await start(context, 2);
    if (!pool) return;
    const long = context.track('long', () => pool.execute(job('block', context.ms)));
    const shorts = range(context.jobs).map((index) =>
      context.track(`short ${index}`, () => pool.execute(job('block', 20))),
    );
    await Promise.all([long, ...shorts]);
  },

  /** Many jobs one after another: the event listeners on each thread, before and after them. */
  async listeners(context) {
    const pool = await start(context);
    if (!pool) return;
    const { threads, fact } = context;
    fact('listenersBefore', threads.mostListeners());
    for (const index of range(context.jobs)) {
      await context.track(`job ${index}`, () => pool.execute(job('whoAmI')));
    }
    fact('listenersAfter', threads.mostListeners());
  },

  /** The learner's respond() for a /sleep, run by the pool: does it hold its thread? */
  async sleep(context) {
    const pool = await start(context, 1);
    if (!pool) return;
    const respond = pathToFileURL(join(context.folder, 'respond.ts')).href;
    await context.track('sleep', () => pool.execute(job('respondToSleep', respond)));
  },

  /**
   * A job that throws, then one that should still run, on a pool of one thread; then a job whose
   * module cannot be imported, one more, and one that prints while it runs.
   */
  async failure(context) {
    const pool = await start(context, 1);
    if (!pool) return;
    const { track } = context;
    await track('throwing', () => pool.execute(job('fail', failure)));
    await track('next', () => pool.execute(job('whoAmI')));
    await track('unimportable', () => pool.execute({ ...job('whoAmI'), module: missingModule }));
    await track('after unimportable', () => pool.execute(job('whoAmI')));
    await track('saying', () => pool.execute(job('say', saying)));
  },

  /**
   * close() while jobs run and wait, one of them failing while close() waits for them, then a job
   * given after it.
   */
  async close(context) {
    const pool = await start(context);
    if (!pool) return;
    const { track, fact } = context;
    const finished = new Set<string>();
    const given = (label: string, result: Promise<unknown>) => {
      const settle = () => finished.add(label);
      result.then(settle, settle);
      void track(label, () => result);
    };
    for (const index of range(context.jobs)) {
      given(
        `job ${index}`,
        attempt(() => pool.execute(job('block', context.ms))),
      );
    }
    given(
      'failing',
      attempt(() => pool.execute(job('fail', failure))),
    );
    const closed = track('close', async () => {
      // Called twice, as a server that gets two signals does: the pool shuts down once, and the
      // second call too resolves once every thread has ended.
      const exitedOnceClosed = (closing: Promise<void>) =>
        Promise.resolve(closing).then(() => context.threads.exited);
      const [, exitedAtSecond] = await Promise.all(
        [pool.close(), pool.close()].map(exitedOnceClosed),
      );
      const { created, exited } = context.threads;
      return { created, exited, exitedAtSecond, unfinished: context.jobs + 1 - finished.size };
    });
    let thrownAtOnce = false;
    const late = track('late', () => {
      try {
        return pool.execute(job('whoAmI'));
      } catch (error) {
        thrownAtOnce = true;
        throw error;
      }
    });
    // Jobs that a hasty close() cut off may never settle: close() itself tells how many were left.
    await Promise.all([closed, late]);
    fact('threadsCreated', context.threads.created);
    fact('lateThrownAtOnce', thrownAtOnce);
  },

  /** `await using`: the pool closes itself at the end of the block. */
  async dispose(context) {
    const { track } = context;
    // Jobs given in the block and not awaited there, one more than the threads: the disposal, as
    // close() does, lets the running ones and the waiting one finish before the block ends.
    const given: ('waiting' | 'done' | 'failed')[] = [];
    await track('block', async () => {
      await using pool = new context.ThreadPool(2) as Pool & AsyncDisposable;
      await pool.execute(job('whoAmI'));
      for (const index of range(3)) {
        given[index] = 'waiting';
        pool.execute(job('block', 100)).then(
          () => (given[index] = 'done'),
          () => (given[index] = 'failed'),
        );
      }
    });
    await track('after', () => ({
      created: context.threads.created,
      exited: context.threads.exited,
      unfinished: given.filter((state) => state !== 'done').length,
    }));
  },
};
