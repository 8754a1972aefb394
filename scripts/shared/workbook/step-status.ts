import { fingerprint } from './fingerprint.ts';
import type { Progress } from './progress.ts';
import type { Step } from './steps.ts';

/** `changed`: the step passed once, but its files are no longer those that passed. */
export type StepStatus = 'not-started' | 'failing' | 'passed' | 'changed';

/**
 * Where a step stands, going by its files rather than by its last run: files that once passed
 * pass still (after a restore from a backup, say), and edited files have to pass again.
 */
export function stepStatus(step: Step, progress: Progress): StepStatus {
  const entry = progress.steps[step.slug];
  // Progress written before passes were remembered by their files can only be taken at its word.
  if (entry?.passes === undefined) return entry?.state ?? 'not-started';
  if (entry.passes.includes(fingerprint(step))) return 'passed';
  // After a reset the step has no last run: it starts over, whatever passed before.
  if (entry.state === 'passed') return 'changed';
  return entry.state ?? 'not-started';
}
