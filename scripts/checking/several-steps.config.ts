import { defineConfig } from 'vitest/config';
import { root } from '../shared/workbook/paths.ts';
import { checkSettings, filesAtOnce } from './check-settings.ts';
import { stepTargets } from '../shared/workbook/step-targets.ts';

// Checks several steps in one test process, each against a folder of its own: grading a
// submission's steps, or listing every step's checks, pays for one test runner instead of one
// per step. WORKBOOK_TARGETS says which steps, and the folder each step's checks run on.
export default defineConfig({
  test: {
    root,
    ...checkSettings,
    include: stepTargets().map(({ slug }) => `steps/${slug}/**/*.test.ts`),
    // Files from any of the steps, side by side; each step's checks load learner files from that
    // step's own copy.
    maxWorkers: filesAtOnce,
    isolate: false,
  },
});
