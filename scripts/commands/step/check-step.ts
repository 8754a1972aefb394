import type { Language } from '../../shared/i18n/language.ts';
import { runStep } from '../../checking/run-step.ts';
import { earlierChecksOfRun } from '../../harness/earlier-checks.ts';
import { fingerprint } from '../../shared/workbook/fingerprint.ts';
import { stateFolder } from '../../shared/workbook/paths.ts';
import { recordResult } from '../../shared/workbook/record-progress.ts';
import { learnerFiles, type Step } from '../../shared/workbook/steps.ts';

/**
 * `npm run step N`: runs the step's checks once on the learner's files (or the solution), prints
 * the report and the type check's findings, and records the result. Resolves with the exit code.
 */
export async function checkStep(
  step: Step,
  solution: boolean,
  language: Language,
): Promise<number> {
  const target = solution ? step.solutionFolder : step.folder;
  // Taken before the checks start: a pass holds for the files as they were when checked.
  const checked = fingerprint(step);
  // The checks start first; the report's modules load while the test runner boots.
  const report = import('./step-report.ts');
  void report.then((print) => print.header(step, solution));
  const running = runStep({
    step,
    target,
    language,
    // Files carried from an earlier step are judged on that step's checks too, where they apply.
    earlier: earlierChecksOfRun(step, target, solution),
    onEvent: (event) => void report.then((print) => print.event(event)),
  });
  const types = import('../../checking/type-check.ts').then(({ typeCheck }) =>
    typeCheck(target, learnerFiles(step), language),
  );
  const run = await running;
  const print = await report;
  print.end(run, solution);
  print.typeProblems(await types);
  if (!solution) {
    const state = run.status === 'pass' ? 'passed' : 'failing';
    print.progressDamaged(recordResult(step.slug, state, stateFolder, checked));
  }
  return run.status === 'pass' ? 0 : 1;
}
