import chalk from 'chalk';
import { join, relative } from 'node:path';
import { revealHint } from '../../read/hints/next-hint.ts';
import type { Language } from '../../../shared/i18n/language.ts';
import * as print from '../step-report.ts';
import { textWidth } from '../../../shared/terminal/width.ts';
import { fingerprint } from '../../../shared/workbook/fingerprint.ts';
import { root, stateFolder } from '../../../shared/workbook/paths.ts';
import { recordResult } from '../../../shared/workbook/record-progress.ts';
import { learnerFiles, type Step } from '../../../shared/workbook/steps.ts';
import { m } from './messages.ts';
import { listenToKeys } from './keys.ts';
import { typeCheck } from '../../../checking/type-check.ts';
import { WarmChecks } from '../../../checking/warm/warm-runner.ts';
import { defaultLimits } from '../../../checking/supervisor.ts';
import { earlierChecksOfRun } from '../../../harness/earlier-checks.ts';
import { folderFiles } from '../../../shared/workbook/folder-files.ts';
import { watchFolder } from './watch-files.ts';

export interface WatchOptions {
  solution: boolean;
  language: Language;
}

/**
 * Runs a step's checks, then again after every save, until the learner quits. A save during a
 * run is never lost: the run finishes and the checks start again at once.
 */
export async function watchStep(step: Step, { solution, language }: WatchOptions): Promise<void> {
  const target = solution ? step.solutionFolder : step.folder;
  // Files carried from an earlier step are judged on that step's checks too, as in a single run.
  const earlier = earlierChecksOfRun(step, target, solution);
  const checks = new WarmChecks(step, target, language, defaultLimits, earlier);
  let running = false;
  let again = false;
  let stopped = false;

  const runOnce = async () => {
    console.clear();
    print.header(step, solution);
    const files = folderFiles(target).map((file) => join(target, file));
    // Taken before the checks start: a pass holds for the files as they were when checked.
    const checked = fingerprint(step);
    const types = typeCheck(target, learnerFiles(step), language);
    const run = await checks.run(files, (event) => print.event(event));
    // A run cut short by quitting says nothing, and records nothing.
    if (stopped) return;
    print.end(run, solution, true);
    print.typeProblems(await types);
    if (solution) return;
    const state = run.status === 'pass' ? 'passed' : 'failing';
    print.progressDamaged(recordResult(step.slug, state, stateFolder, checked));
  };

  const rerun = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      await runOnce();
    } while (again);
    running = false;
    console.log(`\n${chalk.dim(m.waiting(`${relative(root, target)}/`))}`);
  };

  let quit = () => {};
  const quitting = new Promise<void>((resolve) => (quit = resolve));
  const watcher = watchFolder(target, () => void rerun());
  const keys = listenToKeys((key) => {
    if (key === 'quit') quit();
    else if (key === 'run') void rerun();
    else if (!running) console.log(`\n${revealHint(step, language, textWidth())}`);
  });
  // Ctrl-C outside a terminal, closing the terminal, or a plain kill: the checks end with us.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  signals.forEach((signal) => process.once(signal, quit));
  void rerun();
  await quitting;
  stopped = true;
  keys.stop();
  watcher.close();
  checks.close();
  console.log(chalk.dim(m.stopped));
}
