import type { Failure } from '../harness/learner-error.ts';

/** What the results reporter tells the runner, one JSON line per event, while a step runs. */
export type RunEvent =
  /** A test file begins, with its checks in the order they run. */
  | { type: 'file-start'; file: string; checks: { id: string; name: string }[] }
  | { type: 'test-start'; id: string; name: string; file?: string }
  | {
      type: 'test-end';
      id: string;
      name: string;
      /** The check file, relative to the workbook: it tells an earlier step's check apart. */
      file?: string;
      state: TestState;
      durationMs: number;
      error?: ReportedError;
      /** What a check told the learner besides its result, such as a check it had to leave out. */
      notes?: string[];
    }
  | { type: 'load-error'; file: string; error: ReportedError }
  /** A test file is over: every check of it has reported, or it could not load. */
  | { type: 'file-end'; file: string }
  | { type: 'run-end' };

export type TestState = 'pass' | 'fail' | 'skip';

/**
 * An error as it crossed from the test process: a LearnerError keeps the fields of its Failure,
 * any other error its message, name and stack.
 */
export interface ReportedError extends Partial<Failure> {
  message: string;
  name?: string;
  stack?: string;
}
