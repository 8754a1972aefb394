import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../shared/i18n/language.ts';
import type { RunEvent } from '../events.ts';
import type { StepRun } from '../run-record.ts';
import { defaultLimits, Supervisor } from '../supervisor.ts';
import { root } from '../../shared/workbook/paths.ts';
import type { Step } from '../../shared/workbook/steps.ts';
import { claimsAddress } from '../../learner-server/spare-servers.mjs';

const script = fileURLToPath(new URL('./warm-checks.mjs', import.meta.url));
const reporter = fileURLToPath(new URL('../results-reporter.ts', import.meta.url));

/**
 * A step's checks in a test runner that stays up between runs, for watch mode. It keeps the
 * guarantees of a fresh run: a stuck or crashed run is stopped, reported, and the runner replaced.
 */
export class WarmChecks {
  #runner: Supervisor | undefined;
  /** Holds the socket where checks claim spare servers; the runner, killed, cannot remove it. */
  readonly #folder = mkdtempSync(join(tmpdir(), 'workbook-watch-'));
  readonly #guard = () => this.close();

  /**
   * `earlier`: check files of earlier steps to run again with the step's own, on carried files
   * (see earlier-checks.ts), as the one-shot run does.
   */
  constructor(
    readonly step: Step,
    readonly target: string,
    readonly language: Language,
    readonly limits = defaultLimits,
    readonly earlier: readonly string[] = [],
  ) {
    process.once('exit', this.#guard);
  }

  /** Runs the checks once; `changed` are files whose cached copies must be dropped first. */
  run(changed: string[], onEvent: (event: RunEvent) => void = () => {}): Promise<StepRun> {
    if (!this.#runner?.alive) this.#runner = this.#start();
    return this.#runner.run(this.limits, onEvent, JSON.stringify(changed));
  }

  /** The runner's process id, which is also its process group's, while it runs. */
  get pid(): number | undefined {
    return this.#runner?.pid;
  }

  close(): void {
    process.off('exit', this.#guard);
    this.#runner?.kill();
    this.#runner = undefined;
    rmSync(this.#folder, { recursive: true, force: true });
  }

  #start(): Supervisor {
    const { step, target, language, earlier } = this;
    // The step whose files are under test, so that earlier checks it retired are left out.
    const checked: Record<string, string> =
      earlier.length > 0 ? { WORKBOOK_CHECKED_STEP: String(step.number) } : {};
    return new Supervisor(
      step,
      [script, reporter, `${relative(root, step.folder)}/`, ...earlier],
      { target, language },
      { WORKBOOK_WATCH: '1', WORKBOOK_SPARES: claimsAddress(this.#folder), ...checked },
    );
  }
}
