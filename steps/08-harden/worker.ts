import { on } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import type { Job, Outcome } from './thread-pool.ts';

// What every thread of the pool runs: it takes jobs one at a time, in the order they arrive, and
// sends back how each one ended.
const { id } = workerData as { id: number };
const pool = parentPort!;

for await (const [job] of on(pool, 'message') as AsyncIterable<[Job | null]>) {
  // null is the pool's "no more jobs": leaving the loop lets the thread end.
  if (job === null) break;
  console.log(`Worker ${id} got a job; executing.`);
  pool.postMessage(await run(job));
}
console.log(`Worker ${id} disconnected; shutting down.`);

async function run(job: Job): Promise<Outcome> {
  try {
    const code = (await import(job.module)) as Record<string, (...args: unknown[]) => unknown>;
    return { ok: true, value: await code[job.name]!(...job.args) };
  } catch (error) {
    return { ok: false, error };
  }
}
