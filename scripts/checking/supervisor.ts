import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Language } from '../shared/i18n/language.ts';
import { readJsonLines } from '../shared/json-lines.ts';
import { root } from '../shared/workbook/paths.ts';
import type { Step } from '../shared/workbook/steps.ts';
import type { ReportedError, RunEvent } from './events.ts';
import { m } from './messages.ts';
import { killGroup, spawnGroup } from './process-group.ts';
import { RunRecord, type StepRun } from './run-record.ts';
import { inTaskOrder, taskOrder } from './task-order.ts';

/** vitest's command-line program, run with Node itself. */
export const vitestCli = join(
  dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
);

export interface Limits {
  /** Longest time a single check may run before the run counts as stuck. */
  stallMs: number;
  /** Longest time a whole run may take. */
  deadlineMs: number;
}

export const defaultLimits: Limits = { stallMs: 40_000, deadlineMs: 240_000 };

export interface CheckedFolder {
  /** The folder holding the learner files under test. */
  target: string;
  language: Language;
  /** More environment for the checks and the servers they start, such as grading's memory caps. */
  env?: Record<string, string>;
}

/** The environment every test process of a step's checks gets, whoever starts it. */
export function checksEnvironment({ target, language, env }: CheckedFolder) {
  return {
    ...process.env,
    ...env,
    WORKBOOK_TARGET: target,
    WORKBOOK_LANG: language,
    WORKBOOK_EVENTS_FD: '3',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

interface Run {
  limits: Limits;
  record: RunRecord;
  onEvent: (event: RunEvent) => void;
  finish: (run: StepRun) => void;
  /** Started by the first event: a busy machine may take long to start vitest, the deadline's job. */
  stall?: NodeJS.Timeout;
  deadline: NodeJS.Timeout;
}

/**
 * A test process running a step's checks, in a process group of its own, and the one place that
 * watches over its runs, for the step command, watch mode and grading alike: a check without
 * progress for `stallMs`, a run past `deadlineMs`, or a process that dies ends the run with the
 * reason, and ending the process ends everything it started (test workers, learners' servers).
 */
export class Supervisor {
  readonly #child: ChildProcess;
  #output = '';
  #run: Run | undefined;
  #alive = true;
  /** Resolves once the process and everything holding its pipes have ended. */
  readonly closed: Promise<void>;
  // If this process ends first, the checks and the servers they started end with it.
  readonly #guard = () => this.kill();

  constructor(
    readonly step: Step,
    program: string[],
    folder: CheckedFolder,
    extraEnv: Record<string, string> = {},
  ) {
    const child = spawnGroup(process.execPath, program, {
      cwd: root,
      env: { ...checksEnvironment(folder), ...extraEnv },
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    });
    this.#child = child;
    process.once('exit', this.#guard);
    // A process stopped for hanging may close its input before the last request reaches it.
    child.stdin!.on('error', () => {});
    const collect = (text: string) => (this.#output = (this.#output + text).slice(-20_000));
    child.stdout!.setEncoding('utf8').on('data', collect);
    child.stderr!.setEncoding('utf8').on('data', collect);
    readJsonLines<RunEvent>(child.stdio[3] as Readable, (event) => this.#event(event));
    child.on('exit', () => {
      this.#alive = false;
      // Whatever the checks left running (a server that ignored every signal) goes with them.
      this.kill();
    });
    // 'close' comes after the last bytes of every pipe: the output tail is complete then.
    this.closed = once(child, 'close').then(() => {
      process.off('exit', this.#guard);
      this.#end();
    });
  }

  /** The process's id, which is also its process group's. */
  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** Whether the process can still take a run. */
  get alive(): boolean {
    return this.#alive;
  }

  /**
   * Watches one run of the checks until its last event or the process's end. `request`, when
   * given, is the line that asks a process kept between runs for the next one.
   */
  async run(
    limits: Limits,
    onEvent: (event: RunEvent) => void = () => {},
    request?: string,
  ): Promise<StepRun> {
    this.#output = '';
    const order = taskOrder(this.step);
    const run = await new Promise<StepRun>((finish) => {
      const record = new RunRecord();
      const { deadlineMs } = limits;
      const tooSlow = () => this.#stop(m.tooSlow(deadlineMs / 1000, record.running));
      this.#run = { limits, record, onEvent, finish, deadline: setTimeout(tooSlow, deadlineMs) };
      if (request !== undefined) this.#child.stdin!.write(`${request}\n`);
    });
    // Checks end in whatever order they finish: the report follows the step's tasks instead.
    return { ...run, tests: inTaskOrder(run.tests, await order) };
  }

  kill(): void {
    killGroup(this.#child);
  }

  #stop(problem: ReportedError): void {
    this.#run?.record.fail(problem);
    this.kill();
  }

  #event(event: RunEvent): void {
    const run = this.#run;
    if (!run) return;
    const { record, limits } = run;
    const stuck = () => this.#stop(m.stuck(limits.stallMs / 1000, record.running));
    run.stall ??= setTimeout(stuck, limits.stallMs);
    run.stall.refresh();
    run.onEvent(event);
    record.add(event);
    if (event.type === 'run-end') this.#end();
  }

  #end(): void {
    const run = this.#run;
    if (!run) return;
    this.#run = undefined;
    clearTimeout(run.stall);
    clearTimeout(run.deadline);
    run.finish(run.record.result(this.step, this.#output));
  }
}
