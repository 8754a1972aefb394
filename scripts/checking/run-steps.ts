import { readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../shared/i18n/language.ts';
import { root } from '../shared/workbook/paths.ts';
import type { Step } from '../shared/workbook/steps.ts';
import type { RunEvent } from './events.ts';
import { RunRecord, type StepRun } from './run-record.ts';
import { targetsEnvironment } from '../shared/workbook/step-targets.ts';
import { Supervisor, vitestCli, type Limits } from './supervisor.ts';
import { inTaskOrder, taskOrder } from './task-order.ts';

/** The vitest configuration that checks several steps, each against its own folder. */
export const severalStepsConfig = fileURLToPath(
  new URL('./several-steps.config.ts', import.meta.url),
);
const reporter = fileURLToPath(new URL('./results-reporter.ts', import.meta.url));

export interface SeveralSteps extends Limits {
  /** Each step with the folder of learner files its checks run on. */
  targets: readonly { step: Step; target: string }[];
  language: Language;
  env?: Record<string, string>;
}

/** One step's share of a run of several: its own record, and its test files still to end. */
class StepShare {
  readonly record = new RunRecord();
  readonly #unended: Set<string>;

  constructor(readonly step: Step) {
    const files = readdirSync(step.folder, { recursive: true, encoding: 'utf8' });
    this.#unended = new Set(files.filter((file) => file.endsWith('.test.ts')));
  }

  add(event: RunEvent, file: string): void {
    this.record.add(event);
    if (event.type === 'file-end') this.#unended.delete(file);
  }

  get complete(): boolean {
    return this.#unended.size === 0;
  }
}

/**
 * Runs several steps' checks in one test process, each step against its own folder: one test
 * runner's start for all of them. A step whose every test file finished gets its run; a step
 * left unfinished, because the run was stopped (a check stuck in an endless loop, the deadline)
 * or crashed, gets `undefined`, to be run again alone, where it is judged as any run is.
 */
export async function runSteps(options: SeveralSteps): Promise<(StepRun | undefined)[]> {
  const { targets, stallMs, deadlineMs } = options;
  const shares = new Map(targets.map(({ step }) => [step.slug, new StepShare(step)]));
  const route = (event: RunEvent) => {
    if (event.type === 'run-end') return;
    // Test files are named relative to the workbook, but for a load error's.
    const file = relative(root, resolve(root, event.file ?? '.'));
    const [, slug, inStep] = /^steps[/\\]([^/\\]+)[/\\](.+)$/.exec(file) ?? [];
    if (slug && inStep) shares.get(slug)?.add(event, inStep);
  };
  const slugs = targets.map(({ step, target }) => ({ slug: step.slug, target }));
  const checks = new Supervisor(
    targets[0]!.step,
    [vitestCli, 'run', '--config', severalStepsConfig, '--reporter', reporter],
    { target: targets[0]!.target, language: options.language, env: options.env },
    targetsEnvironment(slugs),
  );
  await checks.run({ stallMs, deadlineMs: deadlineMs * targets.length }, route);
  checks.kill();
  await checks.closed;
  return Promise.all(
    [...shares.values()].map(async (share) => {
      if (!share.complete) return undefined;
      share.record.add({ type: 'run-end' });
      const run = share.record.result(share.step, '');
      return { ...run, tests: inTaskOrder(run.tests, await taskOrder(share.step)) };
    }),
  );
}
