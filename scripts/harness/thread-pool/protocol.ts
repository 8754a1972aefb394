/** What a failing job throws, so the checks can recognize it in the rejection. */
export const failure = 'This job fails on purpose (check 7f3a).';
/** What the job 'say' prints while it runs: a thread's job line comes before it. */
export const saying = 'This job runs now (check 7f3a).';

/** A module that does not exist, for a job whose import fails as a job may throw. */
export const missingModule = 'file:///no-such-module-7f3a.ts';

/** An error as it crossed from the scenario's process: enough to explain it to the learner. */
export interface DescribedError {
  name: string;
  message: string;
  stack: string;
  isError: boolean;
  isRangeError: boolean;
}

/** What the scenario program reports, one JSON line per event. */
export type ScenarioEvent =
  | { type: 'load-failed'; error: DescribedError }
  | { type: 'crashed'; error: DescribedError }
  | { type: 'settled'; label: string; ok: true; value: unknown; at: number }
  | { type: 'settled'; label: string; ok: false; error: DescribedError; at: number }
  | { type: 'fact'; name: string; value: unknown }
  | { type: 'done' };

export type Settled = Extract<ScenarioEvent, { type: 'settled' }>;

export function described(error: unknown): DescribedError {
  const fields = (error ?? {}) as { name?: unknown; message?: unknown; stack?: unknown };
  const isError = error instanceof Error;
  return {
    name: isError ? String(fields.name) : typeof error,
    message: isError ? String(fields.message) : String(error),
    stack: isError ? String(fields.stack ?? '') : '',
    isError,
    isRangeError: error instanceof RangeError,
  };
}
