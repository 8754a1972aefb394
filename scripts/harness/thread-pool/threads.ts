import { syncBuiltinESMExports } from 'node:module';
import workerThreads from 'node:worker_threads';

/**
 * Every thread this process starts, counted the moment it is created: `Worker` is replaced, for
 * the learner's code too, by a subclass that reports each new instance and its end. Create this
 * before the learner's modules load.
 */
export class Threads {
  created = 0;
  exited = 0;
  readonly all: workerThreads.Worker[] = [];

  constructor() {
    const threads = this;
    workerThreads.Worker = class extends workerThreads.Worker {
      constructor(...args: ConstructorParameters<typeof workerThreads.Worker>) {
        super(...args);
        threads.created += 1;
        threads.all.push(this);
        this.once('exit', () => (threads.exited += 1));
      }
    };
    // ES modules that import { Worker } see the replacement too.
    syncBuiltinESMExports();
  }

  /** The most event listeners any one thread has now, of every event: a pool's own bookkeeping. */
  mostListeners(): number {
    return Math.max(
      0,
      ...this.all.map((thread) =>
        thread.eventNames().reduce((sum, event) => sum + thread.listenerCount(event), 0),
      ),
    );
  }
}
