import { showBytes } from '../../harness/show-bytes.ts';
import type { ReportedError } from '../../checking/events.ts';
import { m as failure } from '../../harness/messages.ts';
import type { StepRun } from '../../checking/run-step.ts';
import type { Step } from '../../shared/workbook/steps.ts';
import { isListedAs, ownName, type ListedCheck } from '../run/check-list.ts';
import { m } from '../messages.ts';
import { overallStatus, type CheckResult, type ScoringRule, type StepResult } from './results.ts';
import { scoreChecks } from './scoring.ts';

type Unscored = Omit<CheckResult, 'score'>;

/** Exercism keeps a test's output to 500 characters; its first lines name the error. */
const outputLimit = 500;

/** A failure as plain text: what went wrong, the bytes expected and received, what to check. */
export function describeFailure(error: ReportedError): string {
  const parts = [error.message];
  if (error.expected !== undefined)
    parts.push(`${failure.parts.expected}:\n${showBytes(error.expected)}`);
  if (error.received !== undefined)
    parts.push(`${failure.parts.received}:\n${showBytes(error.received)}`);
  if (error.hint) parts.push(`${failure.parts.next}: ${error.hint}`);
  return parts.join('\n\n');
}

function shortOutput(output: string | undefined): string | undefined {
  if (!output?.trim()) return undefined;
  return output.length > outputLimit ? `${output.slice(0, outputLimit - 1)}…` : output;
}

/**
 * Every listed check with its outcome in this run. A check the run never finished (the run
 * stopped, or could not start) is an `error` carrying the reason the run gives.
 */
export function checksOfRun(run: StepRun, listed: readonly ListedCheck[]): Unscored[] {
  const outcomes = [...run.tests];
  const reason = run.problem ? describeFailure(run.problem) : m.checkNotRun;
  const judged = (name: string): Unscored => {
    const index = outcomes.findIndex((outcome) => outcome.name === name);
    const outcome = index === -1 ? undefined : outcomes.splice(index, 1)[0]!;
    if (outcome?.state === 'pass') return { name, status: 'pass', durationMs: outcome.durationMs };
    if (outcome?.state === 'fail') {
      const message = outcome.error ? describeFailure(outcome.error) : m.checkFailed;
      const output = shortOutput(outcome.error?.output);
      const failure = { name, status: 'fail' as const, durationMs: outcome.durationMs, message };
      return { ...failure, ...(output ? { output } : {}) };
    }
    const output = shortOutput(run.problem?.output);
    return { name, status: 'error', message: reason, durationMs: 0, ...(output ? { output } : {}) };
  };
  const fromList = listed.map((check) => {
    const ran = outcomes.find((outcome) => isListedAs(check, outcome.name));
    return judged(ran?.name ?? ownName(check));
  });
  const unlisted = [...outcomes].map((outcome) => judged(outcome.name));
  const all = [...fromList, ...unlisted];
  return all.length > 0 ? all : uncheckedChecks(run.step, [], reason);
}

/** The listed checks, all unjudged for one reason; a single placeholder if none are listed. */
export function uncheckedChecks(step: Step, listed: readonly ListedCheck[], reason: string) {
  const names = listed.length > 0 ? listed.map(ownName) : [m.wholeStep(step.number)];
  return names.map((name): Unscored => ({ name, status: 'error', message: reason, durationMs: 0 }));
}

export function stepResult(
  step: Step,
  unscored: readonly Unscored[],
  grading: { maxScore: number; rule: ScoringRule; durationMs: number; problem?: string },
): StepResult {
  const { checks, score } = scoreChecks(unscored, grading.maxScore, grading.rule);
  const status = overallStatus(checks);
  const message = status === 'error' ? (grading.problem ?? checks[0]?.message) : undefined;
  return {
    step,
    status,
    ...(message ? { message } : {}),
    checks,
    score,
    maxScore: grading.maxScore,
    durationMs: grading.durationMs,
  };
}
