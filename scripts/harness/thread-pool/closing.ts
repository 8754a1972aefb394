import { expectRan } from './expect-run.ts';
import { failure, type Settled } from './protocol.ts';
import type { ScenarioRun } from './run-scenario.ts';

/** What the 'close' and 'dispose' scenarios report once the pool is closed. */
export interface Closed {
  created: number;
  exited: number;
  /** Jobs given before close() that had not settled when it resolved. */
  unfinished: number;
  /** How many threads had exited when the second of two close() calls resolved. */
  exitedAtSecond: number;
}

/**
 * How the 'dispose' scenario's `await using` block ended: why the pool could not be disposed of,
 * if it could not, how many of its threads were still running after the block, and how many of
 * the jobs given in the block had not finished by then.
 */
export function disposal(
  run: ScenarioRun,
  size: number,
): { refused?: string; threadsLeft: number; unfinished: number } {
  expectRan(run, size, ['block', 'after']);
  const block = run.settled('block')!;
  const after = run.settled('after')!;
  const {
    created = 0,
    exited = 0,
    unfinished = 0,
  } = (after.ok ? after.value : {}) as Partial<Closed>;
  return {
    refused: block.ok ? undefined : block.error.message,
    threadsLeft: created - exited,
    unfinished,
  };
}

/**
 * Whether close() failed with the error of the job that fails while the 'close' scenario's
 * close() waits: it gave up on the wait at the first failure (Promise.all, not allSettled).
 */
export const failedWithJob = (close: Settled): boolean =>
  !close.ok && close.error.message === failure;
