/** What the results reporter tells the runner, one JSON line per event, while a step runs. */
export type RunEvent =
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
  | { type: 'run-end' };

export type TestState = 'pass' | 'fail' | 'skip';

/** An error as it crossed from the test process: a LearnerError keeps its extra fields. */
export interface ReportedError {
  name?: string;
  message: string;
  kind?: 'todo' | 'failure';
  expected?: string;
  received?: string;
  plainText?: boolean;
  hint?: string;
  output?: string;
  stack?: string;
}
