import { relative } from 'node:path';
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
}

/** Runs one step's checks against a folder of learner files, in a process group of its own. */
export async function runStep(options: RunOptions): Promise<StepRun> {
  const { step, stallMs = defaultLimits.stallMs, deadlineMs = defaultLimits.deadlineMs } = options;
  const folder = `${relative(root, step.folder)}/`;
  const checks = new Supervisor(step, [vitestCli, 'run', folder, '--reporter', reporter], options);
  const run = await checks.run({ stallMs, deadlineMs }, options.onEvent);
  // Once every result is in, the test process's own shutdown is of no use: it ends at once,
  // and with it anything the checks left running.
  checks.kill();
  await checks.closed;
  return run;
}
