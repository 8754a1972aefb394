import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findStep, learnerFiles } from '../shared/workbook/steps.ts';
import { stepTargets } from '../shared/workbook/step-targets.ts';

export interface Target {
  /** The folder holding the learner files under test. */
  folder: string;
  /** The learner's files for this step, relative to `folder`. */
  files: string[];
}

/**
 * What a step's tests exercise. By default the step's own folder, so `npx vitest` in an editor
 * checks the learner's work; WORKBOOK_TARGET points the same tests at a reference solution or at
 * a student's copy made for grading, and WORKBOOK_TARGETS does so for each of several steps.
 */
export function underTest(testFileUrl: string): Target {
  const stepFolder = dirname(fileURLToPath(testFileUrl));
  const step = findStep(basename(stepFolder));
  const ofSeveral = stepTargets().find(({ slug }) => slug === step?.slug)?.target;
  return {
    folder: ofSeveral || process.env.WORKBOOK_TARGET || stepFolder,
    files: step ? learnerFiles(step) : [],
  };
}
