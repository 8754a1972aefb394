import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { checkSettings } from '../checking/check-settings.ts';
import { root } from '../shared/workbook/paths.ts';
import { listSteps } from '../shared/workbook/steps.ts';
import LongestFirst from './longest-first.ts';

const workers = availableParallelism() + 2;

// `npm test`: the course checks itself. Every step's checks run against its reference solution,
// and the course's own tests (the tooling, the starters, the chain of steps) run beside them.
export default defineConfig({
  test: {
    root,
    // Most checks wait on servers and test processes of their own rather than compute, so test
    // files run side by side beyond the number of processors (vitest's default leaves one idle).
    maxWorkers: workers,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true as const,
        test: {
          ...checkSettings,
          name: 'course',
          include: ['scripts/**/*.test.ts'],
          testTimeout: 180_000,
        },
      },
      ...listSteps().map((step) => ({
        extends: true as const,
        test: {
          ...checkSettings,
          name: `solution ${step.slug}`,
          include: [`steps/${step.slug}/**/*.test.ts`],
          env: { WORKBOOK_TARGET: step.solutionFolder },
        },
      })),
    ],
  },
});
