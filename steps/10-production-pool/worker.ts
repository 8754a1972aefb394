import { on } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import type { Job, Outcome } from './thread-pool.ts';

// What every thread of the pool runs: it takes jobs one at a time, in the order they arrive, and
// sends back how each one ended.
const { id } = workerData as { id: number };
const pool = parentPort!;

type Code = Record<string, (...args: unknown[]) => unknown>;
// Each module is imported once and kept: on Node 20, even a repeated import() of a TypeScript
// file is a round trip to the thread that loads TypeScript, which costs more than a small job.
const modules = new Map<string, Promise<Code>>();

for await (const [job] of on(pool, 'message') as AsyncIterable<[Job | null]>) {
  // null is the pool's "no more jobs": leaving the loop lets the thread end.
  if (job === null) break;
  console.log(`Worker ${id} got a job; executing.`);
  pool.postMessage(await run(job));
}
console.log(`Worker ${id} disconnected; shutting down.`);

async function run(job: Job): Promise<Outcome> {
  try {
    if (!modules.has(job.module)) modules.set(job.module, import(job.module) as Promise<Code>);
    const code = await modules.get(job.module)!;
    return { ok: true, value: await code[job.name]!(...job.args) };
  } catch (error) {
    return { ok: false, error };
  }
}
