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

/** A fixed set of threads that run jobs, first come first served, as threads become free. */
export class ThreadPool {
  #idle: Worker[];
  #queue: Task[] = [];

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) {
      throw new RangeError(`A thread pool needs a whole number of threads, 1 or more, not ${size}`);
    }
    this.#idle = Array.from({ length: size }, (_, id) => new Worker(id));
  }

  /** Runs `job` on the next free thread; resolves with what it returns, rejects with what it throws. */
  execute(job: Job): Promise<unknown> {
    // TODO(step 7): once close() has been called, take no more jobs: return a promise rejected
    // with an Error that says the pool is closed. Keep the promise of every job you do take.
    // TR: close() çağrıldıktan sonra yeni iş almayın: havuzun kapalı olduğunu söyleyen bir Error ile reddedilmiş bir promise döndürün. Aldığınız her işin promise'ini saklayın.
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#dispatch();
    });
  }

  /** Takes no new jobs, lets the queued and running ones finish, then ends every thread. */
  close(): Promise<void> {
    // TODO(step 7): wait until every job already taken has settled (Promise.allSettled). Then,
    // for each worker, print "Shutting down worker {id}" and stop it; resolve once all threads
    // have ended. A second call to close() returns the promise of the first.
    // TR: Alınmış her iş sonuçlanana kadar bekleyin (Promise.allSettled). Sonra her Worker için "Shutting down worker {id}" yazdırın ve onu durdurun; bütün iş parçacıkları bitince resolve edin. close()'a ikinci bir çağrı ilkinin promise'ini döndürür.
    throw new Error('TODO(step 7): close the pool gracefully (see README.md)');
  }

  async [Symbol.asyncDispose](): Promise<void> {
    // TODO(step 7): close the pool, so that `await using pool = new ThreadPool(n)` cleans up.
    // TR: Havuzu kapatın: `await using pool = new ThreadPool(n)` yazan kod, bloğun sonunda havuzu bununla serbest bırakır.
    throw new Error('TODO(step 7): dispose of the pool by closing it (see README.md)');
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

  constructor(id: number) {
    this.id = id;
    this.#thread = new Thread(new URL('./worker-entry.mjs', import.meta.url), {
      workerData: { id },
    });
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
    // TODO(step 7): post null, the pool's "no more jobs", then resolve once the thread's 'exit'
    // event has come. Listen for 'exit' from the start: a thread may end before stop() is called.
    // TR: Havuzun "başka iş yok" işareti olan null'ı gönderin, sonra iş parçacığının 'exit' olayı gelince resolve edin. 'exit'i baştan dinleyin: bir iş parçacığı stop() çağrılmadan önce de bitebilir.
    throw new Error('TODO(step 7): stop this worker (see README.md)');
  }
}
