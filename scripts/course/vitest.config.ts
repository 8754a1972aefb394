import { defineConfig } from 'vitest/config';
import { root } from '../workbook/paths.ts';
import { listSteps } from '../workbook/steps.ts';

const checks = {
  setupFiles: ['scripts/harness/vitest-setup.ts'],
  testTimeout: 20_000,
  hookTimeout: 20_000,
};

// `npm test`: the course checks itself. Every step's checks run against its reference solution,
// and the course's own tests (the tooling, the starters, the chain of steps) run beside them.
export default defineConfig({
  test: {
    root,
    experimental: { fsModuleCache: true },
    projects: [
      {
        extends: true as const,
        test: {
          ...checks,
          name: 'course',
          include: ['scripts/**/*.test.ts'],
          testTimeout: 180_000,
        },
      },
      ...listSteps().map((step) => ({
        extends: true as const,
        test: {
          ...checks,
          name: `solution ${step.slug}`,
          include: [`steps/${step.slug}/**/*.test.ts`],
          env: { WORKBOOK_TARGET: step.solutionFolder },
        },
      })),
    ],
  },
});
