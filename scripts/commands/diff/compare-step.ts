import { renderMarkdown } from '../../shared/markdown/render.ts';
import type { Progress } from '../../shared/workbook/progress.ts';
import { stepStatus } from '../../shared/workbook/step-status.ts';
import { learnerFiles, listSteps, type Step } from '../../shared/workbook/steps.ts';
import { formatDiff } from './format-diff.ts';
import { m } from './messages.ts';

export interface CompareOptions {
  fromPrevious: boolean;
  anyway: boolean;
}

/**
 * The learner's files against the reference, or the previous solution against this one. Either
 * shows the answer, so it waits until the step passes unless the learner insists.
 */
export function compareStep(
  step: Step,
  progress: Progress,
  options: CompareOptions,
  width: number,
): { text: string; ok: boolean } {
  if (stepStatus(step, progress) !== 'passed' && !options.anyway) {
    return { text: renderMarkdown(m.notPassed(step.number), width), ok: false };
  }
  const reference = { folder: step.solutionFolder, label: m.reference(step.number) };
  if (!options.fromPrevious) {
    const yours = { folder: step.folder, label: m.yours };
    return { text: formatDiff(yours, reference, learnerFiles(step)), ok: true };
  }
  const previous = listSteps().find((candidate) => candidate.number === step.number - 1);
  if (!previous) return { text: renderMarkdown(m.firstStep, width), ok: false };
  const before = { folder: previous.solutionFolder, label: m.reference(previous.number) };
  return { text: formatDiff(before, reference, learnerFiles(step)), ok: true };
}
