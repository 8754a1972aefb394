import { availableParallelism } from 'node:os';
import { findStep, type Step } from '../../shared/workbook/steps.ts';
import { m } from '../messages.ts';

/** A mistake in how grading was asked for, told in the instructor's words. */
export class UsageError extends Error {}

export const defaultPoints = 10;

/** `1,2`, `1-3`, `02-parse-request` or `respond`, mixed freely; every step when empty. */
export function parseStepList(list: string | undefined, all: readonly Step[]): Step[] {
  if (!list?.trim()) return [...all];
  const chosen = new Set<Step>();
  for (const item of list.split(',').map((part) => part.trim())) {
    const range = /^(\d+)-(\d+)$/.exec(item);
    const found = range
      ? all.filter((step) => step.number >= Number(range[1]) && step.number <= Number(range[2]))
      : [findStep(item)].filter((step) => step !== undefined);
    if (found.length === 0)
      throw new UsageError(
        m.unknownStep(
          item,
          all.map((s) => s.slug),
        ),
      );
    found.forEach((step) => chosen.add(all.find((known) => known.slug === step.slug)!));
  }
  return all.filter((step) => chosen.has(step));
}

/**
 * Points per step, by slug. `SPEC` is a comma list whose items are either `N` (every step's
 * points) or `STEP=N` (one step's, by number or name), e.g. `10,6=20,7=20`.
 */
export function parsePoints(spec: string | undefined, steps: readonly Step[]): Map<string, number> {
  let everyStep = defaultPoints;
  const bySlug = new Map<string, number>();
  for (const item of (spec ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [name, value] = item.includes('=') ? item.split('=', 2) : [undefined, item];
    const points = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value!.trim()) || !Number.isFinite(points)) {
      throw new UsageError(m.badPoints(item));
    }
    if (name === undefined) {
      everyStep = points;
      continue;
    }
    const step = findStep(name);
    if (!step)
      throw new UsageError(
        m.unknownStep(
          name,
          steps.map((s) => s.slug),
        ),
      );
    bySlug.set(step.slug, points);
  }
  return new Map(steps.map((step) => [step.slug, bySlug.get(step.slug) ?? everyStep]));
}

/**
 * A step's checks spend much of their time waiting (for a server to start, for a slow route, for
 * a timeout), so one job more than there are processors keeps them busy: on 2 processors, 3 jobs
 * graded fastest (scripts/grading/measurements/grade-class.ts), and finished work still scored in full.
 */
export const defaultJobs = availableParallelism() + 1;
export const defaultDeadlineSeconds = 120;
export const defaultMemoryMb = 256;
