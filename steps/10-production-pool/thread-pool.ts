import { Worker as Thread } from 'node:worker_threads';

/**
 * Work for the pool. A function cannot move to another thread, so a job names one instead: the
 * function `name` exported by `module` (a file URL), to be called with `args`.
 */
export interface Job {
  module: string;
  name: string;
  args: unknown[];
}

/** How a job ended, as a worker thread reports it back. */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

interface Task {
  job: Job;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

// TODO(step 10): keep this file's outside (Job, and ThreadPool's constructor, execute(), close()
// and [Symbol.asyncDispose]()) and replace its inside with piscina: one Piscina with as many
// threads as `size`, started at once, first come first served. worker.ts then exports a function
// that runs one job, and worker-entry.mjs hands it to piscina (see README.md).
// TR: Bu dosyanın dışını (Job ve ThreadPool'un constructor'ı, execute(), close() ve [Symbol.asyncDispose]()) koruyun, içini piscina ile değiştirin: `size` kadar iş parçacıklı, hemen başlatılan, ilk gelene ilk hizmet veren tek bir Piscina. Sonra worker.ts bir işi çalıştıran bir fonksiyonu dışa aktarır, worker-entry.mjs de onu piscina'ya verir (README.tr.md dosyasına bakın).
/** A fixed set of threads that run jobs, first come first served, as threads become free. */
export class ThreadPool {
  #workers: Worker[];
  #idle: Worker[];
  #queue: Task[] = [];
  #unfinished = new Set<Promise<unknown>>();
  #closing: Promise<void> | undefined;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) {
      throw new RangeError(`A thread pool needs a whole number of threads, 1 or more, not ${size}`);
    }
    throw new Error(
      'TODO(step 10): create a Piscina here, not threads of your own (see README.md)',
    );
    this.#workers = Array.from({ length: size }, (_, id) => new Worker(id));
    this.#idle = [...this.#workers];
  }

  /** Runs `job` on the next free thread; resolves with what it returns, rejects with what it throws. */
  execute(job: Job): Promise<unknown> {
    if (this.#closing)
      return Promise.reject(new Error('The thread pool is closed: it takes no new jobs.'));
    const result = new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#dispatch();
    });
    const settled = () => this.#unfinished.delete(result);
    this.#unfinished.add(result);
    result.then(settled, settled);
    return result;
  }

  /** Takes no new jobs, lets the queued and running ones finish, then ends every thread. */
  close(): Promise<void> {
    this.#closing ??= this.#shutDown();
    return this.#closing;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async #shutDown(): Promise<void> {
    await Promise.allSettled(this.#unfinished);
    await Promise.all(
      this.#workers.map((worker) => {
        console.log(`Shutting down worker ${worker.id}`);
        return worker.stop();
      }),
    );
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.shift()!;
      const { job, resolve, reject } = this.#queue.shift()!;
      // No await here: the loop hands out every job it can before any of them finishes.
      worker
        .run(job)
        .then(resolve, reject)
        .finally(() => {
          this.#idle.push(worker);
          this.#dispatch();
        });
    }
  }
}

/** One thread of the pool, and the id it is known by. */
class Worker {
  readonly id: number;
  #thread: Thread;
  #exited: Promise<void>;

  constructor(id: number) {
    this.id = id;
    this.#thread = new Thread(new URL('./worker-entry.mjs', import.meta.url), {
      workerData: { id },
    });
    this.#exited = new Promise((resolve) => this.#thread.once('exit', () => resolve()));
  }

  /** Sends a job to this thread, which must be idle, and waits for how it ended. */
  run(job: Job): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.#thread.once('message', (outcome: Outcome) =>
        outcome.ok ? resolve(outcome.value) : reject(outcome.error),
      );
      this.#thread.postMessage(job);
    });
  }

  /** Tells the thread no more jobs will come, and waits until it has ended. */
  stop(): Promise<void> {
    this.#thread.postMessage(null);
    return this.#exited;
  }
}
