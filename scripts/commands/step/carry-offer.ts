import { stateFolder } from '../../shared/workbook/paths.ts';
import { loadProgress } from '../../shared/workbook/progress.ts';
import { stepStatus } from '../../shared/workbook/step-status.ts';
import { stepBefore, type Step } from '../../shared/workbook/steps.ts';
import { changedFiles } from '../reset/reset-step.ts';
import { pristineStarter } from '../reset/starters.ts';
import { m } from './report-messages.ts';

/**
 * The offer to carry the learner's server into `step`, when its files are still the untouched
 * starter (whose code is the reference of the step before) and the learner's own step before it
 * passes. Nothing otherwise.
 */
export function carryOffer(step: Step, state = stateFolder): string | undefined {
  const previous = stepBefore(step);
  if (!previous) return undefined;
  const { progress } = loadProgress(state);
  if (progress.carried?.[step.slug] !== undefined) return undefined;
  if (stepStatus(previous, progress) !== 'passed') return undefined;
  const starter = pristineStarter(step, state);
  if (!starter || changedFiles(step, starter.files).length > 0) return undefined;
  return m.offerCarry(previous.number, step.number);
}
