import type { Step } from '../../shared/workbook/steps.ts';

/** Exercism's three outcomes, used for a check, a step and a student alike. */
export type Status = 'pass' | 'fail' | 'error';

/** One check of one step for one student: a test in Exercism's results.json. */
export interface CheckResult {
  name: string;
  status: Status;
  /** What went wrong, in the words the student sees when running the step. */
  message?: string;
  /** The last output of the student's server, when the check captured it. */
  output?: string;
  durationMs: number;
  /** This check's share of the step's points, once scored. */
  score: number;
}

export interface StepResult {
  step: Step;
  status: Status;
  /** Why the step could not be checked at all; set only when the status is `error`. */
  message?: string;
  checks: CheckResult[];
  score: number;
  maxScore: number;
  durationMs: number;
}

export interface StudentResult {
  name: string;
  /** The submission folder as given. */
  path: string;
  status: Status;
  /** Why the path could not be graded at all: missing, empty, or not a workbook. */
  problem?: string;
  steps: StepResult[];
  score: number;
  maxScore: number;
}

export type ScoringRule = 'partial' | 'all-or-nothing';

export interface ClassResult {
  students: StudentResult[];
  steps: Step[];
  /** Points of each step, by slug. */
  points: ReadonlyMap<string, number>;
  scoring: ScoringRule;
}

/** A status that sums up parts: pass when all pass, error when none could be checked. */
export function overallStatus(parts: readonly { status: Status }[]): Status {
  if (parts.length > 0 && parts.every((part) => part.status === 'pass')) return 'pass';
  if (parts.every((part) => part.status === 'error')) return 'error';
  return 'fail';
}
