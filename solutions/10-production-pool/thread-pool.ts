import { Piscina } from 'piscina';

/**
 * Work for the pool. A function cannot move to another thread, so a job names one instead: the
 * function `name` exported by `module` (a file URL), to be called with `args`.
 */
export interface Job {
  module: string;
  name: string;
  args: unknown[];
}

/**
 * A fixed set of threads that run jobs, first come first served, as threads become free: the
 * same interface as before, on piscina, a pool that production servers use.
 */
export class ThreadPool {
  #piscina: Piscina;
  #unfinished = new Set<Promise<unknown>>();
  #closing: Promise<void> | undefined;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) {
      throw new RangeError(`A thread pool needs a whole number of threads, 1 or more, not ${size}`);
    }
    this.#piscina = new Piscina({
      filename: new URL('./worker-entry.mjs', import.meta.url).href,
      // All threads from the start, and for good: a fixed pool, as the chapter's.
      minThreads: size,
      maxThreads: size,
      // Its default sends a job that finds every thread busy to the back of the queue.
      stricterFIFO: true,
      // Each thread takes the next number from this counter, to name itself in its lines.
      workerData: { ids: new SharedArrayBuffer(4) },
    });
  }

  /** Runs `job` on the next free thread; resolves with what it returns, rejects with what it throws. */
  execute(job: Job): Promise<unknown> {
    if (this.#closing)
      return Promise.reject(new Error('The thread pool is closed: it takes no new jobs.'));
    const result = this.#piscina.run(job);
    const settled = () => this.#unfinished.delete(result);
    this.#unfinished.add(result);
    result.then(settled, settled);
    return result;
  }

  /** Takes no new jobs, lets the queued and running ones finish, then ends every thread. */
  close(): Promise<void> {
    // piscina's close() may end its threads while a queued job waits between two running ones:
    // every job given waits here first.
    this.#closing ??= Promise.allSettled(this.#unfinished).then(() => this.#piscina.close());
    return this.#closing;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
