import type { CheckResult, ScoringRule } from './results.ts';

type Unscored = Omit<CheckResult, 'score'>;

/**
 * Shares a step's points among its checks. `partial`: each check that passes earns an equal
 * share, so a step with 3 of 4 checks passing earns three quarters of its points.
 * `all-or-nothing`: the step earns its points only when every check passes.
 */
export function scoreChecks(
  checks: readonly Unscored[],
  maxScore: number,
  rule: ScoringRule,
): { checks: CheckResult[]; score: number } {
  const passed = checks.filter((check) => check.status === 'pass').length;
  const earns = rule === 'partial' || passed === checks.length;
  const share = checks.length > 0 && earns ? maxScore / checks.length : 0;
  return {
    checks: checks.map((check) => ({ ...check, score: check.status === 'pass' ? share : 0 })),
    score: roundScore(share * passed),
  };
}

/** Scores as a gradebook shows them: at most two decimals. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}
