import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Step } from '../shared/workbook/steps.ts';
import type { TestOutcome } from './run-record.ts';

/**
 * The names of a step's checks in the order its messages.ts lists them, which is the order of the
 * step's tasks: the first failing check in that order is the most basic one, the same on every run.
 */
export async function taskOrder(step: Step): Promise<string[]> {
  try {
    const url = pathToFileURL(join(step.folder, 'messages.ts')).href;
    const { m } = (await import(url)) as { m: Record<string, unknown> };
    return Object.values(m).flatMap((texts) => {
      const name = (texts as { name?: unknown } | null)?.name;
      return typeof name === 'string' ? [name] : [];
    });
  } catch {
    // Without the step's messages, the checks keep the order in which they started.
    return [];
  }
}

/** The outcomes sorted by task order; checks the order does not name keep their place at the end. */
export function inTaskOrder(
  tests: readonly TestOutcome[],
  order: readonly string[],
): TestOutcome[] {
  const rank = (test: TestOutcome) => {
    const at = order.indexOf(test.name);
    return at === -1 ? order.length : at;
  };
  return [...tests].sort((a, b) => rank(a) - rank(b));
}
