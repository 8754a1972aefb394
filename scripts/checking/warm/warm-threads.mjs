// @ts-check
// vitest's "threads" pool, with the next runs' threads started ahead of time. vitest starts a new
// worker thread for each test file of each run, and loading its runtime there takes a sixth of a
// second of every re-run. Here `refill()` starts them after a run, while the learner edits, and
// the next run takes them ready-made. Each thread still runs one test file once, as in vitest.
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

/** @typedef {import('vitest/node').PoolRunnerInitializer} PoolRunnerInitializer */
/** @typedef {Parameters<PoolRunnerInitializer['createPoolWorker']>[0]} PoolOptions */

/** @param {number} count how many threads to keep ready: the run's number of workers */
export function warmThreads(count) {
  /** @type {Worker[]} */
  const ready = [];
  /** @type {PoolOptions | undefined} */
  let last;
  const start = (/** @type {PoolOptions} */ options) =>
    new Worker(resolve(options.distPath, 'workers/threads.js'), {
      env: options.env,
      execArgv: options.execArgv,
      stdout: true,
      stderr: true,
    });

  /** @type {PoolRunnerInitializer & { refill(): void, close(): Promise<void> }} */
  const pool = {
    name: 'warm-threads',
    createPoolWorker(options) {
      last = options;
      const { outputStream, errorStream } = options.project.vitest.logger;
      /** @type {Worker | undefined} */
      let thread;
      const current = () => {
        if (!thread) throw new Error('The worker thread has not started or has ended.');
        return thread;
      };
      return {
        name: pool.name,
        on: (event, callback) => current().on(event, callback),
        off: (event, callback) => current().off(event, callback),
        send: (message) => current().postMessage(message),
        deserialize: (data) => data,
        async start() {
          thread ??= ready.shift() ?? start(options);
          // A thread kept ready must not keep the runner alive; one at work must.
          thread.ref();
          // The runner's own output goes on after this thread's ends.
          thread.stdout.pipe(outputStream, { end: false });
          thread.stderr.pipe(errorStream, { end: false });
        },
        async stop() {
          await thread?.terminate();
          thread = undefined;
        },
      };
    },
    refill() {
      while (last && ready.length < count) ready.push(start(last));
      ready.forEach((thread) => thread.unref());
    },
    async close() {
      await Promise.all(ready.splice(0).map((thread) => thread.terminate()));
    },
  };
  return pool;
}
