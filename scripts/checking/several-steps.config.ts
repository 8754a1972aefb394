import { defineConfig } from 'vitest/config';
import { root } from '../shared/workbook/paths.ts';
import { checkSettings } from './check-settings.ts';
import { stepTargets } from './step-targets.ts';

// Checks several steps in one test process, each against a folder of its own: grading a
// submission's steps, or listing every step's checks, pays for one test runner instead of one
// per step. One vitest project per step, named by its slug; WORKBOOK_TARGETS says which.
export default defineConfig({
  test: {
    root,
    ...checkSettings,
    // Two test files at a time, from any of the steps: a file stuck in a student's endless loop
    // holds one worker while the other goes on, and grading's jobs times two stays within what
    // the course's own suite runs side by side.
    maxWorkers: 2,
    projects: stepTargets().map(({ slug, target }) => ({
      extends: true as const,
      test: {
        name: slug,
        include: [`steps/${slug}/**/*.test.ts`],
        env: { WORKBOOK_TARGET: target },
      },
    })),
  },
});
