/** A step's checks and the folder of learner files they check. */
export interface StepTarget {
  slug: string;
  target: string;
}

/** The steps that checking/several-steps.config.ts checks, from WORKBOOK_TARGETS. */
export function stepTargets(): StepTarget[] {
  return JSON.parse(process.env.WORKBOOK_TARGETS ?? '[]') as StepTarget[];
}

/** WORKBOOK_TARGETS for checking/several-steps.config.ts. */
export function targetsEnvironment(targets: readonly StepTarget[]): Record<string, string> {
  return { WORKBOOK_TARGETS: JSON.stringify(targets) };
}
