import { join } from 'node:path';
import type { Language } from '../../shared/i18n/language.ts';
import type { Step } from '../../shared/workbook/steps.ts';
import { listChecks } from './check-list.ts';
import { gradeStep } from './grade-step.ts';
import { m } from '../messages.ts';
import { runLimited } from './pool.ts';
import type { Progress } from './progress-bar.ts';
import {
  overallStatus,
  type ClassResult,
  type ScoringRule,
  type StepResult,
  type StudentResult,
} from '../score/results.ts';
import { roundScore } from '../score/scoring.ts';
import { stepResult, uncheckedChecks } from '../score/step-result.ts';
import { findSubmissions, type Submission } from './submission.ts';
import { createStagingRoot, removeStaging } from './staging.ts';
import { endProcessesIn } from './stray-processes.ts';

export interface GradeOptions {
  /** Folders as the instructor gave them: copies of the workbook, or their `steps/` folders. */
  submissions: readonly string[];
  steps: readonly Step[];
  /** Points of each step, by slug. */
  points: ReadonlyMap<string, number>;
  rule: ScoringRule;
  /** How many steps are checked at the same time. */
  jobs: number;
  deadlineMs: number;
  /** V8 heap cap of each student's server, in MB. */
  serverHeapMb: number;
  language: Language;
  progress?: Progress;
  /** A folder inside the workbook for the copies of students' files; .workbook/grading/ if unset. */
  stagingIn?: string;
}

/**
 * V8 heap cap of each test process, in MB. Checks import some of the student's modules (a
 * request parser, say), so the test processes run student code too.
 */
const checksHeapMb = 1024;

/** Grades every submission on every chosen step, `jobs` steps at a time. */
export async function gradeClass(options: GradeOptions): Promise<ClassResult> {
  const { steps, language, progress } = options;
  const submissions = findSubmissions(options.submissions, steps);
  const env = checkEnvironment(options.serverHeapMb);
  const staging = createStagingRoot(options.stagingIn);
  // Each running step guards its process group with an 'exit' listener of its own.
  process.setMaxListeners(Math.max(process.getMaxListeners(), options.jobs + 10));
  const cleanUp = () => {
    endProcessesIn(staging);
    removeStaging(staging);
  };
  process.once('exit', cleanUp);
  try {
    // Step by step across the class, so that one student's hanging steps never take every job.
    const work = steps.flatMap((step) =>
      submissions.flatMap((submission, index) => {
        if (!submission.stepsFolder) return [];
        const label = `${submission.name} · ${step.number}`;
        return [{ submission, step, label, staging: join(staging, `${index}`, step.slug) }];
      }),
    );
    progress?.planned(work.length);
    const listed = await runLimited(
      steps.map((step) => () => listChecks(step, language, env, staging)),
      options.jobs,
    );
    const checksOf = new Map(steps.map((step, index) => [step.slug, listed[index]!]));
    const graded = await runLimited(
      work.map(({ submission, step, label, staging: folder }) => async () => {
        progress?.started(label);
        const checks = checksOf.get(step.slug)!;
        const result = await gradeStep({
          step,
          stepsFolder: submission.stepsFolder!,
          staging: folder,
          checks,
          maxScore: options.points.get(step.slug)!,
          rule: options.rule,
          deadlineMs: options.deadlineMs,
          language,
          env,
        }).catch((error: unknown) =>
          unchecked(step, m.graderFailed(String(error)), options, checks),
        );
        progress?.finished(label, result.status);
        return { submission, result };
      }),
      options.jobs,
    );
    progress?.done();
    const resultsOf = (submission: Submission) =>
      steps.map(
        (step) =>
          graded.find((job) => job.submission === submission && job.result.step === step)?.result ??
          unchecked(step, submission.problem!, options, checksOf.get(step.slug)!),
      );
    const students = submissions.map((submission) =>
      studentResult(submission, resultsOf(submission)),
    );
    return { students, steps: [...steps], points: options.points, scoring: options.rule };
  } finally {
    process.off('exit', cleanUp);
    cleanUp();
  }
}

/** The environment of every test process: grading's caps, and every check switched on. */
function checkEnvironment(serverHeapMb: number): Record<string, string> {
  return {
    // Every check exists, as in CI: one that needs curl or a browser fails where none is
    // installed, for every student alike, instead of quietly dropping out of the grade.
    CI: 'true',
    // Steps are checked side by side, so they share no module cache (see vitest.config.ts).
    WORKBOOK_MODULE_CACHE: '0',
    WORKBOOK_SERVER_MAX_OLD_SPACE_MB: String(serverHeapMb),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--max-old-space-size=${checksHeapMb}`]
      .filter(Boolean)
      .join(' '),
  };
}

function studentResult(submission: Submission, steps: StepResult[]): StudentResult {
  return {
    name: submission.name,
    path: submission.path,
    status: overallStatus(steps),
    ...(submission.problem ? { problem: submission.problem } : {}),
    steps,
    score: roundScore(steps.reduce((sum, step) => sum + step.score, 0)),
    maxScore: roundScore(steps.reduce((sum, step) => sum + step.maxScore, 0)),
  };
}

function unchecked(
  step: Step,
  problem: string,
  options: GradeOptions,
  checks: readonly string[],
): StepResult {
  const grading = { maxScore: options.points.get(step.slug)!, rule: options.rule, durationMs: 0 };
  return stepResult(step, uncheckedChecks(step, checks, problem), { ...grading, problem });
}
