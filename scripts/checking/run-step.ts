import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from '../shared/workbook/paths.ts';
import type { Step } from '../shared/workbook/steps.ts';
import type { RunEvent } from './events.ts';
import type { StepRun } from './run-record.ts';
import {
  defaultLimits,
  Supervisor,
  vitestCli,
  type CheckedFolder,
  type Limits,
} from './supervisor.ts';

export type { StepRun, TestOutcome } from './run-record.ts';

const reporter = fileURLToPath(new URL('./results-reporter.ts', import.meta.url));

export interface RunOptions extends CheckedFolder, Partial<Limits> {
  step: Step;
  onEvent?: (event: RunEvent) => void;
  /** Only these checks, by test files (relative to the step's folder) and names; all by default. */
  only?: { files: readonly string[]; names: readonly string[] };
  /** Check files of earlier steps to run again on the same files (see earlier-checks.ts). */
  earlier?: readonly string[];
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function selection(step: Step, only: RunOptions['only'], earlier: readonly string[]): string[] {
  const folder = relative(root, step.folder);
  if (!only) return [folder + '/', ...earlier];
  // vitest matches the name with its describe() titles before it.
  const exactly = only.names.map((name) => `${escaped(name)}$`).join('|');
  return [...only.files.map((file) => join(folder, file)), '--testNamePattern', exactly];
}

/** Runs one step's checks against a folder of learner files, in a process group of its own. */
export async function runStep(options: RunOptions): Promise<StepRun> {
  const { step, stallMs = defaultLimits.stallMs, deadlineMs = defaultLimits.deadlineMs } = options;
  const earlier = options.earlier ?? [];
  // As many files at a time as vitest chooses, each of its workers running file after file in one
  // test process, without isolating each file (as grading does): a test process starts once per
  // worker, not once per file.
  const program = [vitestCli, 'run', '--no-isolate', ...selection(step, options.only, earlier)];
  // The step whose files are under test, so that earlier checks it retired are left out.
  const checked: Record<string, string> =
    earlier.length > 0 ? { WORKBOOK_CHECKED_STEP: String(step.number) } : {};
  const folder = { ...options, env: { ...options.env, ...checked } };
  const checks = new Supervisor(step, [...program, '--reporter', reporter], folder);
  const run = await checks.run({ stallMs, deadlineMs }, options.onEvent);
  // Once every result is in, the test process's own shutdown is of no use: it ends at once,
  // and with it anything the checks left running.
  checks.kill();
  await checks.closed;
  return run;
}
