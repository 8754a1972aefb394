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
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function selection(step: Step, only: RunOptions['only']): string[] {
  const folder = relative(root, step.folder);
  if (!only) return [folder + '/'];
  // vitest matches the name with its describe() titles before it.
  const exactly = only.names.map((name) => `${escaped(name)}$`).join('|');
  return [...only.files.map((file) => join(folder, file)), '--testNamePattern', exactly];
}

/** Runs one step's checks against a folder of learner files, in a process group of its own. */
export async function runStep(options: RunOptions): Promise<StepRun> {
  const { step, stallMs = defaultLimits.stallMs, deadlineMs = defaultLimits.deadlineMs } = options;
  const program = [vitestCli, 'run', ...selection(step, options.only), '--reporter', reporter];
  const checks = new Supervisor(step, program, options);
  const run = await checks.run({ stallMs, deadlineMs }, options.onEvent);
  // Once every result is in, the test process's own shutdown is of no use: it ends at once,
  // and with it anything the checks left running.
  checks.kill();
  await checks.closed;
  return run;
}
