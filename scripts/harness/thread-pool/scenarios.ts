import { syncBuiltinESMExports } from 'node:module';
import workerThreads from 'node:worker_threads';
import type { Blocked } from './jobs.ts';
import { described, failure, type ScenarioEvent } from './protocol.ts';

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
const now = () => performance.timeOrigin + performance.now();
/** The promise a call returns, or a rejected one if the call throws. */
function attempt(call: () => unknown): Promise<unknown> {
  try {
    return Promise.resolve(call());
  } catch (error) {
    return Promise.reject(error);
  }
}

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/**
 * Every thread this process starts, counted the moment it is created: `Worker` is replaced, for
 * the learner's code too, by a subclass that reports each new instance.
 */
export class Threads {
  created = 0;
  exited = 0;

  constructor() {
    const threads = this;
    workerThreads.Worker = class extends workerThreads.Worker {
      constructor(...args: ConstructorParameters<typeof workerThreads.Worker>) {
        super(...args);
        threads.created += 1;
        this.once('exit', () => (threads.exited += 1));
      }
    };
    syncBuiltinESMExports();
  }
}

interface Context {
  ThreadPool: PoolClass;
  threads: Threads;
  report: (event: ScenarioEvent) => void;
  size: number;
  ms: number;
  jobs: number;
}

/** A value as JSON can carry it; a pool or anything else that JSON cannot carry becomes null. */
function plain(value: unknown): unknown {
  try {
    const text = JSON.stringify(value ?? null);
    return text.length < 10_000 ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function recorder({ report }: Context) {
  return {
    fact: (name: string, value: unknown) => report({ type: 'fact', name, value }),
    async track<T>(label: string, work: () => T | Promise<T>): Promise<T | undefined> {
      try {
        const value = await work();
        report({ type: 'settled', label, ok: true, value: plain(value), at: now() });
        return value;
      } catch (error) {
        report({ type: 'settled', label, ok: false, error: described(error), at: now() });
        return undefined;
      }
    },
  };
}

/** Creates the pool and lets every thread run a job first, so that timing starts level. */
async function start(context: Context, size = context.size): Promise<Pool | undefined> {
  const { track, fact } = recorder(context);
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
    recorder(context).track(`job ${index}`, () => pool.execute(job('block', context.ms))),
  );

export const scenarios: Record<string, (context: Context) => Promise<void>> = {
  async sizes(context) {
    for (const size of [0, -1, 2.5, NaN, 2]) {
      await recorder(context).track(String(size), () => void new context.ThreadPool(size));
    }
  },

  /** `jobs` blocking jobs given at once to a pool of `size`. */
  async batch(context) {
    const pool = await start(context);
    if (!pool) return;
    await Promise.all(blockingJobs(context, pool));
    recorder(context).fact('threadsCreated', context.threads.created);
  },

  /** A job that throws, then one that should still run, on a pool of one thread. */
  async failure(context) {
    const pool = await start(context, 1);
    if (!pool) return;
    const { track } = recorder(context);
    await track('throwing', () => pool.execute(job('fail', failure)));
    await track('next', () => pool.execute(job('whoAmI')));
  },

  /** close() while jobs run and wait, then a job given after it. */
  async close(context) {
    const pool = await start(context);
    if (!pool) return;
    const { track, fact } = recorder(context);
    const finished = new Set<number>();
    for (const index of range(context.jobs)) {
      const result = attempt(() => pool.execute(job('block', context.ms)));
      const settle = () => finished.add(index);
      result.then(settle, settle);
      void track(`job ${index}`, () => result);
    }
    const closed = track('close', async () => {
      await pool.close();
      const { created, exited } = context.threads;
      return { created, exited, unfinished: context.jobs - finished.size };
    });
    const late = track('late', () => pool.execute(job('whoAmI')));
    // Jobs that a hasty close() cut off may never settle: close() itself tells how many were left.
    await Promise.all([closed, late]);
    fact('threadsCreated', context.threads.created);
  },

  /** `await using`: the pool closes itself at the end of the block. */
  async dispose(context) {
    const { track } = recorder(context);
    await track('block', async () => {
      await using pool = new context.ThreadPool(2) as Pool & AsyncDisposable;
      await pool.execute(job('whoAmI'));
    });
    await track('after', () => ({
      created: context.threads.created,
      exited: context.threads.exited,
    }));
  },
};
