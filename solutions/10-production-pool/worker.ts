import { workerData } from 'node:worker_threads';
import type { Job } from './thread-pool.ts';

// What every thread of the pool runs: piscina calls run() with each job it gives this thread, one
// at a time, and sends back what it returns or throws.
const id = Atomics.add(new Int32Array((workerData as { ids: SharedArrayBuffer }).ids), 0, 1);

type Code = Record<string, (...args: unknown[]) => unknown>;
// Each module is imported once and kept: on Node 20, even a repeated import() of a TypeScript
// file is a round trip to the thread that loads TypeScript, which costs more than a small job.
const modules = new Map<string, Promise<Code>>();

export async function run(job: Job): Promise<unknown> {
  console.log(`Worker ${id} got a job; executing.`);
  if (!modules.has(job.module)) modules.set(job.module, import(job.module) as Promise<Code>);
  const code = await modules.get(job.module)!;
  return code[job.name]!(...job.args);
}
