import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../shared/i18n/language.ts';
import { runStep } from '../../checking/run-step.ts';
import { ownFilesIn } from '../../shared/workbook/own-files.ts';
import { learnerFiles, type Step } from '../../shared/workbook/steps.ts';
import type { ListedCheck } from './check-list.ts';
import { m } from '../messages.ts';
import type { ScoringRule, StepResult } from '../score/results.ts';
import { removeStaging, stageFiles } from './staging.ts';
import { checksOfRun, stepResult, uncheckedChecks } from '../score/step-result.ts';
import { endProcessesIn } from './stray-processes.ts';
import { isUntouchedStarter } from '../score/untouched-starter.ts';

export interface StepGrading {
  step: Step;
  /** The submission's folder of step folders. */
  stepsFolder: string;
  /** A fresh folder for this student's copy of this step, removed afterwards. */
  staging: string;
  checks: readonly ListedCheck[];
  maxScore: number;
  rule: ScoringRule;
  deadlineMs: number;
  language: Language;
  /** Environment for the checks: grading's caps and settings. */
  env: Record<string, string>;
}

/** How long one check may go without a result before the run counts as stuck. */
const stallMs = 40_000;

/**
 * Grades one step of one submission: copies the student's learner files (and modules of their
 * own) beside the instructor's tests, runs the step's checks on them, and scores the result.
 */
export async function gradeStep(grading: StepGrading): Promise<StepResult> {
  const { step, checks, staging } = grading;
  const started = performance.now();
  const score = (problem?: string) => ({
    ...grading,
    durationMs: performance.now() - started,
    problem,
  });
  const source = join(grading.stepsFolder, step.slug);
  if (!existsSync(source)) {
    const problem = m.stepFolderMissing(step.slug);
    return stepResult(step, uncheckedChecks(step, checks, problem), score(problem));
  }
  try {
    // A module of the student's own, such as one carried from an earlier step, comes along.
    const files = [...learnerFiles(step), ...ownFilesIn(source, learnerFiles(step))];
    const unusable = stageFiles(source, files, staging);
    if (unusable.length > 0) {
      const problem = m.filesUnusable(step.slug, unusable);
      return stepResult(step, uncheckedChecks(step, checks, problem), score(problem));
    }
    if (isUntouchedStarter(step, staging)) {
      const untouched = uncheckedChecks(step, checks, m.untouchedStarter).map((check) => ({
        ...check,
        status: 'fail' as const,
      }));
      return stepResult(step, untouched, score());
    }
    const run = await runStep({
      step,
      target: staging,
      language: grading.language,
      deadlineMs: grading.deadlineMs,
      stallMs: Math.min(stallMs, grading.deadlineMs),
      env: grading.env,
    });
    // Paths in messages name the student's own folder, not the copy graded.
    const shown = (text: string) => text.replaceAll(staging, `steps/${step.slug}`);
    const judged = checksOfRun(run, checks).map((check) => ({
      ...check,
      ...(check.message ? { message: shown(check.message) } : {}),
      ...(check.output ? { output: shown(check.output) } : {}),
    }));
    return stepResult(step, judged, score(run.problem && shown(run.problem.message)));
  } finally {
    endProcessesIn(staging);
    removeStaging(staging);
  }
}
