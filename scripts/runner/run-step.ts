import { once } from 'node:events';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import type { Language } from '../i18n/language.ts';
import { tail } from '../harness/show-bytes.ts';
import { root } from '../workbook/paths.ts';
import type { Step } from '../workbook/steps.ts';
import type { ReportedError, RunEvent, TestState } from './events.ts';
import { m } from './messages.ts';
import { killGroup, spawnGroup } from './process-group.ts';

const vitest = join(
  dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
);
const reporter = new URL('./results-reporter.ts', import.meta.url).pathname;

export interface TestOutcome {
  name: string;
  state: TestState | 'not-run';
  durationMs: number;
  error?: ReportedError;
}

export interface StepRun {
  step: Step;
  status: 'pass' | 'fail' | 'error';
  tests: TestOutcome[];
  /** Why the step could not be judged check by check: a load error, a hang, a crash. */
  problem?: ReportedError;
  durationMs: number;
}

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
}

/** Runs one step's checks against a folder of learner files, in a process group of its own. */
export async function runStep(options: RunOptions): Promise<StepRun> {
  const started = performance.now();
  const { step, stallMs = 30_000, deadlineMs = 240_000 } = options;
  const child = spawnGroup(
    process.execPath,
    [vitest, 'run', relative(root, step.folder) + '/', '--reporter', reporter],
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
  const tests = new Map<string, TestOutcome>();
  let problem: ReportedError | undefined;
  let running: string | undefined;
  let finished = false;
  let output = '';
  const collect = (text: string) => (output = (output + text).slice(-20_000));
  child.stdout!.setEncoding('utf8').on('data', collect);
  child.stderr!.setEncoding('utf8').on('data', collect);

  const stop = (why: ReportedError) => {
    problem ??= why;
    killGroup(child);
  };
  const stall = setTimeout(() => stop(m.stuck(stallMs / 1000, running)), stallMs);
  const deadline = setTimeout(() => stop(m.tooSlow(deadlineMs / 1000, running)), deadlineMs);

  readEvents(child.stdio[3] as Readable, (event) => {
    stall.refresh();
    options.onEvent?.(event);
    if (event.type === 'test-start') {
      running = event.name;
      tests.set(event.id, { name: event.name, state: 'not-run', durationMs: 0 });
    } else if (event.type === 'test-end') {
      running = undefined;
      const { name, state, durationMs, error } = event;
      tests.set(event.id, { name, state, durationMs, ...(error ? { error } : {}) });
    } else if (event.type === 'load-error') {
      problem ??= {
        ...event.error,
        message: m.loadError(relative(root, event.file), event.error.message),
      };
    } else {
      finished = true;
    }
  });

  const closed = once(child, 'close');
  await once(child, 'exit');
  clearTimeout(stall);
  clearTimeout(deadline);
  // Sweep up anything the checks left running, such as a server that ignored every signal.
  killGroup(child);
  process.off('exit', orphanGuard);
  await closed;

  if (!finished) problem ??= m.crashed(tail(output, 20));
  const outcomes = [...tests.values()];
  if (outcomes.length === 0) problem ??= m.noChecks(tail(output, 20));
  const failed = outcomes.some((test) => test.state !== 'pass' && test.state !== 'skip');
  return {
    step,
    status: problem ? 'error' : failed ? 'fail' : 'pass',
    tests: outcomes,
    ...(problem ? { problem } : {}),
    durationMs: performance.now() - started,
  };
}

function readEvents(pipe: Readable, onEvent: (event: RunEvent) => void): void {
  let pending = '';
  pipe.setEncoding('utf8').on('data', (text: string) => {
    const lines = (pending + text).split('\n');
    pending = lines.pop()!;
    lines.forEach((line) => onEvent(JSON.parse(line) as RunEvent));
  });
}
