import { relative } from 'node:path';
import { tail } from '../harness/show-bytes.ts';
import { root } from '../shared/workbook/paths.ts';
import type { Step } from '../shared/workbook/steps.ts';
import type { ReportedError, RunEvent, TestState } from './events.ts';
import { m } from './messages.ts';

export interface TestOutcome {
  name: string;
  /** The check file, relative to the workbook. */
  file?: string;
  state: TestState | 'not-run';
  durationMs: number;
  error?: ReportedError;
  /** What the check told the learner besides its result, such as a check it had to leave out. */
  notes?: string[];
}

export interface StepRun {
  step: Step;
  status: 'pass' | 'fail' | 'error';
  tests: TestOutcome[];
  /** Why the step could not be judged check by check: a load error, a hang, a crash. */
  problem?: ReportedError;
  durationMs: number;
}

/** A run of a step's checks as its events tell it, whichever process the checks ran in. */
export class RunRecord {
  readonly #started = performance.now();
  readonly #tests = new Map<string, TestOutcome>();
  #problem: ReportedError | undefined;
  /** Checks started and not yet ended; test files run side by side, so there may be several. */
  readonly #running = new Map<string, string>();
  /** Checks of the files begun, in order, until they end: one may block before its start is sent. */
  readonly #unfinished = new Map<string, string>();
  finished = false;

  /** The check that has been running longest, named when the run has to be stopped. */
  get running(): string | undefined {
    return this.#running.values().next().value ?? this.#unfinished.values().next().value;
  }

  add(event: RunEvent): void {
    if (event.type === 'file-start') {
      event.checks.forEach(({ id, name }) => this.#unfinished.set(id, name));
    } else if (event.type === 'test-start') {
      // vitest may report a check's start after its end when it is slow to pass results on (a
      // busy machine): the result stands.
      if (this.#tests.has(event.id) && this.#tests.get(event.id)!.state !== 'not-run') return;
      this.#running.set(event.id, event.name);
      const { name, file } = event;
      this.#tests.set(event.id, {
        name,
        ...(file ? { file } : {}),
        state: 'not-run',
        durationMs: 0,
      });
    } else if (event.type === 'test-end') {
      this.#running.delete(event.id);
      this.#unfinished.delete(event.id);
      const { name, file, state, durationMs, error, notes } = event;
      this.#tests.set(event.id, {
        name,
        ...(file ? { file } : {}),
        state,
        durationMs,
        ...(error ? { error } : {}),
        ...(notes ? { notes } : {}),
      });
    } else if (event.type === 'load-error') {
      this.fail({
        ...event.error,
        message: m.loadError(relative(root, event.file), event.error.message),
      });
    } else if (event.type === 'run-end') {
      this.finished = true;
    }
  }

  /** Keeps the first reason the run could not be judged check by check. */
  fail(problem: ReportedError): void {
    this.#problem ??= problem;
  }

  /** The verdict; `output` is what the test process printed, shown if it ended too early. */
  result(step: Step, output: string): StepRun {
    if (!this.finished) this.fail(m.crashed(tail(output, 20)));
    const outcomes = [...this.#tests.values()];
    if (outcomes.length === 0) this.fail(m.noChecks(tail(output, 20)));
    const failed = outcomes.some((test) => test.state !== 'pass' && test.state !== 'skip');
    const problem = this.#problem;
    return {
      step,
      status: problem ? 'error' : failed ? 'fail' : 'pass',
      tests: outcomes,
      ...(problem ? { problem } : {}),
      durationMs: performance.now() - this.#started,
    };
  }
}
