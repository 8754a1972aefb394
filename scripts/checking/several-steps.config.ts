import { defineConfig } from 'vitest/config';
import { root } from '../shared/workbook/paths.ts';
import { checkSettings } from './check-settings.ts';
import { stepTargets } from '../shared/workbook/step-targets.ts';

// Checks several steps in one test process, each against a folder of its own: grading a
// submission's steps, or listing every step's checks, pays for one test runner instead of one
// per step. WORKBOOK_TARGETS says which steps, and the folder each step's checks run on.
export default defineConfig({
  test: {
    root,
    ...checkSettings,
    include: stepTargets().map(({ slug }) => `steps/${slug}/**/*.test.ts`),
    // Two test files at a time, from any of the steps: a file stuck in a student's endless loop
    // holds one worker while the other goes on, and grading's jobs times two stays within what
    // the course's own suite runs side by side.
    maxWorkers: 2,
    // Each worker runs file after file in one test process, without isolating each file: a
    // submission starts two test processes, not one per file. A step's files then share the
    // learner modules they import (step 2's parser), as the checks of one file always have; each
    // step's checks load them from that step's own copy.
    isolate: false,
  },
});
