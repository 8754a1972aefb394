import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The course's test files that take minutes, the longest first. vitest starts the files it has
 * timed before longest first, but on a fresh clone, as in CI, it goes by size, and these small
 * files would start near the end, with nothing left to run beside them.
 */
export const slowest = [
  'scripts/course/mistakes/mistakes.test.ts',
  'scripts/commands/carry/own-style.test.ts',
  'scripts/course/starters.test.ts',
  'scripts/checking/run-steps.test.ts',
];

/** Files in the order given, but the slowest first, in the order of the list above. */
export function slowestFirst<File extends { moduleId: string }>(files: readonly File[]): File[] {
  const rank = (file: File) => {
    const at = slowest.findIndex((slow) => file.moduleId.endsWith(slow));
    return at === -1 ? slowest.length : at;
  };
  // A stable sort: the other files keep vitest's order.
  return [...files].sort((a, b) => rank(a) - rank(b));
}

/** The course suite's order: its slowest files first, then the others as vitest orders them. */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return slowestFirst(await super.sort(files));
  }
}
