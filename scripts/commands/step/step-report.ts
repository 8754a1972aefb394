import '../../shared/terminal/no-color.ts';
import chalk from 'chalk';
import { language } from '../../shared/i18n/language.ts';
import { listSteps, stepTitle, type Step } from '../../shared/workbook/steps.ts';
import type { RunEvent } from '../../checking/events.ts';
import type { TypeProblem } from '../../checking/type-check.ts';
import { formatCheck, formatNextAction, formatOutcome, formatTypeProblems } from './report.ts';
import { formatEarlier, originOf, ownPart } from './earlier-report.ts';
import { m } from './report-messages.ts';
import { carryOffer } from './carry-offer.ts';
import type { StepRun } from '../../checking/run-step.ts';

/** The step being reported, which tells its own checks from earlier steps' checks. */
let shown: Step | undefined;

/**
 * Prints a step's run as it happens: title, one line per check of the step, then the outcome,
 * and apart from it the earlier steps' checks that ran again on the same files.
 */
export function header(step: Step, solution: boolean): void {
  shown = step;
  console.log(chalk.bold(m.header(step.number, stepTitle(step, language))));
  if (solution) console.log(chalk.dim(m.checkingSolution));
  console.log();
}

export function event(event: RunEvent): void {
  if (event.type !== 'test-end') return;
  if (shown && originOf(event, { step: shown }) !== undefined) return;
  console.log(formatCheck(event));
}

export function end(run: StepRun, solution: boolean, watching = false): void {
  console.log(`\n${formatOutcome(ownPart(run))}\n`);
  const earlier = formatEarlier(run);
  if (earlier) console.log(`${earlier}\n`);
  if (solution) return;
  const offer = run.status === 'pass' ? undefined : carryOffer(run.step);
  if (offer) console.log(`${chalk.cyan(offer)}\n`);
  const following = listSteps().find((candidate) => candidate.number === run.step.number + 1);
  const next = following && { number: following.number, title: stepTitle(following, language) };
  const action = formatNextAction(run, next, watching);
  if (action) console.log(action);
}

export function typeProblems(problems: readonly TypeProblem[]): void {
  if (problems.length > 0) console.log(`\n${formatTypeProblems(problems)}`);
}

export { reportDamage as progressDamaged } from '../../shared/workbook/open-progress.ts';
