import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../shared/i18n/language.ts';
import { runStep, type StepRun } from '../../checking/run-step.ts';
import { ownFilesIn } from '../../shared/workbook/own-files.ts';
import { learnerFiles, type Step } from '../../shared/workbook/steps.ts';
import type { ListedCheck } from './check-list.ts';
import { m } from '../messages.ts';
import type { ScoringRule, StepResult } from '../score/results.ts';
import { stageFiles } from './staging.ts';
import { checksOfRun, stepResult, uncheckedChecks } from '../score/step-result.ts';
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
export const stallMs = 40_000;

const scoring = (grading: StepGrading, durationMs: number, problem?: string) => ({
  ...grading,
  durationMs,
  problem,
});

/**
 * Copies the student's learner files of a step beside the instructor's tests. Returns the step's
 * result already when there is nothing to run: a missing or unusable file, an untouched starter.
 */
export function stageStep(grading: StepGrading): StepResult | undefined {
  const { step, checks, staging } = grading;
  const source = join(grading.stepsFolder, step.slug);
  const unjudged = (problem: string) =>
    stepResult(step, uncheckedChecks(step, checks, problem), scoring(grading, 0, problem));
  if (!existsSync(source)) return unjudged(m.stepFolderMissing(step.slug));
  // A module of the student's own, such as one carried from an earlier step, comes along.
  const files = [...learnerFiles(step), ...ownFilesIn(source, learnerFiles(step))];
  const unusable = stageFiles(source, files, staging);
  if (unusable.length > 0) return unjudged(m.filesUnusable(step.slug, unusable));
  if (isUntouchedStarter(step, staging)) {
    const untouched = uncheckedChecks(step, checks, m.untouchedStarter).map((check) => ({
      ...check,
      status: 'fail' as const,
    }));
    return stepResult(step, untouched, scoring(grading, 0));
  }
  return undefined;
}

/** Scores a run of a staged step's checks. */
export function scoreRun(grading: StepGrading, run: StepRun): StepResult {
  const { step, checks, staging } = grading;
  // Paths in messages name the student's own folder, not the copy graded.
  const shown = (text: string) => text.replaceAll(staging, `steps/${step.slug}`);
  const judged = checksOfRun(run, checks).map((check) => ({
    ...check,
    ...(check.message ? { message: shown(check.message) } : {}),
    ...(check.output ? { output: shown(check.output) } : {}),
  }));
  const problem = run.problem && shown(run.problem.message);
  return stepResult(step, judged, scoring(grading, run.durationMs, problem));
}

/** Runs a staged step's checks in a test process of its own, and scores them. */
export async function runStepAlone(grading: StepGrading): Promise<StepResult> {
  const run = await runStep({
    step: grading.step,
    target: grading.staging,
    language: grading.language,
    deadlineMs: grading.deadlineMs,
    stallMs: Math.min(stallMs, grading.deadlineMs),
    env: grading.env,
  });
  return scoreRun(grading, run);
}
