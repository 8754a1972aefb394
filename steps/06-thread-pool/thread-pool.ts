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

/** A fixed set of threads that run jobs, first come first served, as threads become free. */
export class ThreadPool {
  constructor(size: number) {
    // TODO(step 6): throw a RangeError that names `size` unless it is a whole number, 1 or more.
    // Then create `size` Workers, ids 0 to size - 1, and keep them all as idle.
    // TR: `size` 1 ya da daha büyük bir tam sayı değilse, onu adıyla anan bir RangeError fırlatın. Sonra id'leri 0'dan size - 1'e kadar olan `size` tane Worker oluşturun ve hepsini boşta tutun.
    throw new Error('TODO(step 6): create the pool and its workers (see README.md)');
  }

  /** Runs `job` on the next free thread; resolves with what it returns, rejects with what it throws. */
  execute(job: Job): Promise<unknown> {
    // TODO(step 6): return a new Promise. Queue the job with that promise's resolve and reject,
    // then hand queued jobs to idle workers, as many as are idle, without waiting for any job.
    // TR: Yeni bir Promise döndürün. İşi bu promise'in resolve ve reject'iyle birlikte kuyruğa koyun, sonra kuyruktaki işleri boştaki Worker'lara, boşta ne kadar varsa o kadar verin; hiçbir işi beklemeyin.
    throw new Error('TODO(step 6): queue the job for a free worker (see README.md)');
  }
}

/** One thread of the pool, and the id it is known by. */
class Worker {
  readonly id: number;

  constructor(id: number) {
    this.id = id;
    // TODO(step 6): start this worker's thread on worker-entry.mjs (a URL next to this file),
    // with the id in workerData, and keep it in a private field.
    // TR: Bu Worker'ın iş parçacığını worker-entry.mjs üzerinde (bu dosyanın yanındaki bir URL) başlatın, id'yi workerData içinde verin ve iş parçacığını özel (private) bir alanda tutun.
    throw new Error("TODO(step 6): start the worker's thread (see README.md)");
  }

  /** Sends a job to this thread, which must be idle, and waits for how it ended. */
  run(job: Job): Promise<unknown> {
    // TODO(step 6): post the job to the thread; settle the promise with the Outcome that the
    // thread sends back: resolve with its value, or reject with its error.
    // TR: İşi iş parçacığına gönderin (postMessage); promise'i iş parçacığının geri gönderdiği Outcome ile sonuçlandırın: değeriyle resolve, hatasıyla reject edin.
    throw new Error('TODO(step 6): run a job on this thread (see README.md)');
  }
}
