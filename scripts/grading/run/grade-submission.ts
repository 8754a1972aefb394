import { runSteps } from '../../checking/run-steps.ts';
import type { StepResult } from '../score/results.ts';
import { runStepAlone, scoreRun, stageStep, stallMs, type StepGrading } from './grade-step.ts';
import { removeStaging } from './staging.ts';
import { endProcessesIn } from './stray-processes.ts';

/**
 * Grades the chosen steps of one submission: copies each step's learner files beside the
 * instructor's tests, then runs the checks of every step that has work in it in one test process,
 * each step on its own copy. A step that run could not finish (a check stuck in an endless loop,
 * a crash) is run again alone, and judged as any run is, so that one step's trouble costs the
 * others nothing. `finished` hears of each step as its result is known.
 */
export async function gradeSubmission(
  gradings: readonly StepGrading[],
  finished: (result: StepResult) => void = () => {},
): Promise<StepResult[]> {
  const results: (StepResult | undefined)[] = [];
  try {
    gradings.forEach((grading, index) => (results[index] = stageStep(grading)));
    const toRun = gradings.filter((_, index) => !results[index]);
    results.filter((result) => result !== undefined).forEach(finished);
    const [first] = toRun;
    // One step alone needs no sharing, and a stopped run of it would only be run again.
    const runs =
      first && toRun.length > 1
        ? await runSteps({
            targets: toRun.map(({ step, staging }) => ({ step, target: staging })),
            language: first.language,
            env: first.env,
            deadlineMs: first.deadlineMs,
            stallMs: Math.min(stallMs, first.deadlineMs),
          })
        : [];
    for (const [index, grading] of toRun.entries()) {
      const run = runs[index];
      const result = run ? scoreRun(grading, run) : await runStepAlone(grading);
      results[gradings.indexOf(grading)] = result;
      finished(result);
    }
    return results.map((result) => result!);
  } finally {
    for (const { staging } of gradings) {
      endProcessesIn(staging);
      removeStaging(staging);
    }
  }
}
