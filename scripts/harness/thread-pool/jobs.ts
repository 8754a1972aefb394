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

/** Prints `text` from its thread: its place in the output shows where the thread's line fell. */
export function say(text: string): void {
  console.log(text);
}

export interface Held {
  /** How many times a 10 ms timer of the thread fired while respond() worked on the /sleep. */
  ticks: number;
  ms: number;
}

/**
 * Calls the learner's respond() for a /sleep and counts how often the thread got to run other
 * code meanwhile: a sleep that blocks holds its thread, a timer gives it back.
 */
export async function respondToSleep(respondModule: string): Promise<Held> {
  const { respond } = (await import(respondModule)) as { respond: (request: unknown) => unknown };
  const request = {
    method: 'GET',
    target: '/sleep',
    version: 'HTTP/1.1',
    headers: { host: 'localhost' },
  };
  let ticks = 0;
  const ticker = setInterval(() => (ticks += 1), 10);
  const start = now();
  try {
    await respond(request);
  } finally {
    clearInterval(ticker);
  }
  return { ticks, ms: Math.round(now() - start) };
}
