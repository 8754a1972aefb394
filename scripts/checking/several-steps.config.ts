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
    projects: stepTargets().map(({ slug, target }, index) => ({
      extends: true as const,
      test: {
        name: slug,
        // One step after another, in the order given, as separate runs would go: a step stuck in
        // an endless loop leaves the steps before it finished.
        sequence: { groupOrder: index },
        include: [`steps/${slug}/**/*.test.ts`],
        env: { WORKBOOK_TARGET: target },
      },
    })),
  },
});
