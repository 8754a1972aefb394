import { once } from 'node:events';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Language } from '../shared/i18n/language.ts';
import { root } from '../shared/workbook/paths.ts';
import type { Step } from '../shared/workbook/steps.ts';
import type { ReportedError, RunEvent } from './events.ts';
import { m } from './messages.ts';
import { killGroup, spawnGroup } from './process-group.ts';
import { readEvents, RunRecord, type StepRun } from './run-record.ts';

export type { StepRun, TestOutcome } from './run-record.ts';

const vitest = join(
  dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
);
const reporter = fileURLToPath(new URL('./results-reporter.ts', import.meta.url));

export interface RunOptions {
  step: Step;
  /** The folder holding the learner files under test. */
  target: string;
  language: Language;
  /** Longest time a single check may run before the run counts as stuck. */
  stallMs?: number;
  deadlineMs?: number;
  /** More environment for the checks and the servers they start, such as grading's memory caps. */
  env?: Record<string, string>;
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
  const { step, stallMs = 40_000, deadlineMs = 240_000 } = options;
  const child = spawnGroup(
    process.execPath,
    [vitest, 'run', ...selection(step, options.only), '--reporter', reporter],
    {
      cwd: root,
      env: {
        ...process.env,
        ...options.env,
        WORKBOOK_TARGET: options.target,
        WORKBOOK_LANG: options.language,
        WORKBOOK_EVENTS_FD: '3',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    },
  );
  // If this process ends first, the checks and the servers they started end with it.
  const orphanGuard = () => killGroup(child);
  process.once('exit', orphanGuard);
  const record = new RunRecord();
  let output = '';
  const collect = (text: string) => (output = (output + text).slice(-20_000));
  child.stdout!.setEncoding('utf8').on('data', collect);
  child.stderr!.setEncoding('utf8').on('data', collect);

  const stop = (why: ReportedError) => {
    record.fail(why);
    killGroup(child);
  };
  // The stall clock starts with the first check: a busy machine may take long to start vitest,
  // and only the deadline governs that.
  let stall: NodeJS.Timeout | undefined;
  const deadline = setTimeout(() => stop(m.tooSlow(deadlineMs / 1000, record.running)), deadlineMs);

  readEvents(child.stdio[3] as Readable, (event) => {
    stall ??= setTimeout(() => stop(m.stuck(stallMs / 1000, record.running)), stallMs);
    stall.refresh();
    options.onEvent?.(event);
    record.add(event);
  });

  const closed = once(child, 'close');
  await once(child, 'exit');
  clearTimeout(stall);
  clearTimeout(deadline);
  // Sweep up anything the checks left running, such as a server that ignored every signal.
  killGroup(child);
  process.off('exit', orphanGuard);
  await closed;

  return record.result(step, output);
}
