import { threadId } from 'node:worker_threads';

// Jobs the checks give the learner's thread pool: work whose timing and thread they can see.

/** Milliseconds on a clock that all threads of a process share. */
const now = () => performance.timeOrigin + performance.now();

export interface Blocked {
  threadId: number;
  start: number;
  end: number;
}

/** Holds its thread for `ms`, the way /sleep does, and tells where and when it ran. */
export function block(ms: number): Blocked {
  const start = now();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  return { threadId, start, end: now() };
}

export function whoAmI(): { threadId: number } {
  return { threadId };
}

export function fail(message: string): never {
  throw new Error(message);
}
