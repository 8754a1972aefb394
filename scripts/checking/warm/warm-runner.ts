import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../shared/i18n/language.ts';
import type { RunEvent } from '../events.ts';
import { m } from '../messages.ts';
import { killGroup, spawnGroup } from '../process-group.ts';
import { readEvents, RunRecord, type StepRun } from '../run-record.ts';
import { root } from '../../shared/workbook/paths.ts';
import type { Step } from '../../shared/workbook/steps.ts';
import { claimsAddress } from '../../learner-server/spare-servers.mjs';

const script = fileURLToPath(new URL('./warm-checks.mjs', import.meta.url));
const reporter = fileURLToPath(new URL('../results-reporter.ts', import.meta.url));

interface Current {
  record: RunRecord;
  onEvent: (event: RunEvent) => void;
  finish: (run: StepRun) => void;
  /** Started by the first event, as in a fresh run: starting the checks is the deadline's job. */
  stall?: NodeJS.Timeout;
  stuck: () => void;
  deadline: NodeJS.Timeout;
}

/**
 * A step's checks in a test runner that stays up between runs, for watch mode. It keeps the
 * guarantees of a fresh run: a stuck or crashed run is stopped, reported, and the runner replaced.
 */
export class WarmChecks {
  #child: ChildProcess | undefined;
  #current: Current | undefined;
  #output = '';
  /** Holds the socket where checks claim spare servers; the runner, killed, cannot remove it. */
  readonly #folder = mkdtempSync(join(tmpdir(), 'workbook-watch-'));
  readonly #guard = () => this.close();

  constructor(
    readonly step: Step,
    readonly target: string,
    readonly language: Language,
    readonly limits = { stallMs: 40_000, deadlineMs: 240_000 },
  ) {
    process.once('exit', this.#guard);
  }

  /** Runs the checks once; `changed` are files whose cached copies must be dropped first. */
  run(changed: string[], onEvent: (event: RunEvent) => void = () => {}): Promise<StepRun> {
    const child = (this.#child ??= this.#start());
    this.#output = '';
    return new Promise((finish) => {
      const stop = (problem: ReturnType<typeof m.stuck>) => {
        this.#current?.record.fail(problem);
        killGroup(child);
      };
      const { stallMs, deadlineMs } = this.limits;
      const record = new RunRecord();
      this.#current = {
        record,
        onEvent,
        finish,
        stuck: () => stop(m.stuck(stallMs / 1000, record.running)),
        deadline: setTimeout(() => stop(m.tooSlow(deadlineMs / 1000, record.running)), deadlineMs),
      };
      child.stdin!.write(`${JSON.stringify(changed)}\n`);
    });
  }

  /** The runner's process id, which is also its process group's, while it runs. */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  close(): void {
    process.off('exit', this.#guard);
    if (this.#child) killGroup(this.#child);
    this.#child = undefined;
    rmSync(this.#folder, { recursive: true, force: true });
  }

  #start(): ChildProcess {
    const child = spawnGroup(
      process.execPath,
      [script, `${relative(root, this.step.folder)}/`, reporter],
      {
        cwd: root,
        env: {
          ...process.env,
          WORKBOOK_TARGET: this.target,
          WORKBOOK_LANG: this.language,
          WORKBOOK_EVENTS_FD: '3',
          WORKBOOK_WATCH: '1',
          WORKBOOK_SPARES: claimsAddress(this.#folder),
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
        stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      },
    );
    // A runner stopped for hanging may close its input before the last request reaches it.
    child.stdin!.on('error', () => {});
    const collect = (text: string) => (this.#output = (this.#output + text).slice(-20_000));
    child.stdout!.setEncoding('utf8').on('data', collect);
    child.stderr!.setEncoding('utf8').on('data', collect);
    readEvents(child.stdio[3] as Readable, (event) => this.#event(event));
    child.on('exit', () => {
      // Whatever the runner left behind (a learner's server) goes with it.
      killGroup(child);
      if (this.#child === child) this.#child = undefined;
      this.#end();
    });
    return child;
  }

  #event(event: RunEvent): void {
    const current = this.#current;
    if (!current) return;
    current.stall ??= setTimeout(current.stuck, this.limits.stallMs);
    current.stall.refresh();
    current.onEvent(event);
    current.record.add(event);
    if (event.type === 'run-end') this.#end();
  }

  #end(): void {
    const current = this.#current;
    if (!current) return;
    this.#current = undefined;
    clearTimeout(current.stall);
    clearTimeout(current.deadline);
    current.finish(current.record.result(this.step, this.#output));
  }
}
