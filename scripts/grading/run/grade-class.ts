import { join } from 'node:path';
import type { Language } from '../../shared/i18n/language.ts';
import type { Step } from '../../shared/workbook/steps.ts';
import { listChecks } from './check-list.ts';
import { gradeSubmission } from './grade-submission.ts';
import { m } from '../messages.ts';
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
import { startLimited } from '../../shared/limited.ts';

export interface GradeOptions {
  /** Folders as the instructor gave them: copies of the workbook, or their `steps/` folders. */
  submissions: readonly string[];
  steps: readonly Step[];
  /** Points of each step, by slug. */
  points: ReadonlyMap<string, number>;
  rule: ScoringRule;
  /** How many submissions are checked at the same time. */
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

/** Grades every submission on every chosen step, `jobs` submissions at a time. */
export async function gradeClass(options: GradeOptions): Promise<ClassResult> {
  const { steps, language, progress } = options;
  const submissions = findSubmissions(options.submissions, steps);
  const env = checkEnvironment(options.serverHeapMb);
  const staging = createStagingRoot(options.stagingIn);
  // Each running test process guards its process group with an 'exit' listener of its own.
  process.setMaxListeners(Math.max(process.getMaxListeners(), options.jobs + 10));
  const cleanUp = () => {
    endProcessesIn(staging);
    removeStaging(staging);
  };
  process.once('exit', cleanUp);
  try {
    const checksOf = await listChecks(steps, language, env, staging);
    // One test process per submission for all its steps: a student's steps share its start.
    const work = submissions.flatMap((submission, index) => {
      if (!submission.stepsFolder) return [];
      const gradings = steps.map((step) => ({
        step,
        stepsFolder: submission.stepsFolder!,
        staging: join(staging, `${index}`, step.slug),
        checks: checksOf.get(step.slug)!,
        maxScore: options.points.get(step.slug)!,
        rule: options.rule,
        deadlineMs: options.deadlineMs,
        language,
        env,
      }));
      return [{ submission, gradings }];
    });
    const label = (submission: Submission, step: Step) => `${submission.name} · ${step.number}`;
    const unjudged = (step: Step, problem: string) =>
      unchecked(step, problem, options, checksOf.get(step.slug)!);
    progress?.planned(work.length * steps.length);
    const graded = new Map<Submission, StepResult[]>();
    await Promise.all(
      startLimited(
        work.map(({ submission, gradings }) => async () => {
          for (const step of steps) progress?.started(label(submission, step));
          const finished = (result: StepResult) =>
            progress?.finished(label(submission, result.step), result.status);
          const results = await gradeSubmission(gradings, finished).catch((error: unknown) =>
            steps.map((step) => unjudged(step, m.graderFailed(String(error)))),
          );
          graded.set(submission, results);
        }),
        options.jobs,
      ),
    );
    progress?.done();
    const resultsOf = (submission: Submission) =>
      graded.get(submission) ?? steps.map((step) => unjudged(step, submission.problem!));
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
