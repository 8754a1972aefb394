import { defineConfig } from 'vitest/config';
import { checkSettings } from './scripts/checking/check-settings.ts';

// Runs each step's checks against the learner's own files: what an editor's test integration and
// `npm run step` use. The course's self-check has its own configuration in scripts/course/.
export default defineConfig({
  test: {
    include: ['steps/**/*.test.ts'],
    ...checkSettings,
    // Caching transformed modules saves a learner a quarter of a second per run. Runs that go
    // side by side (grading, the course's self-check) turn it off: a cache that one run clears
    // while another writes to it fails that run.
    experimental: { fsModuleCache: process.env.WORKBOOK_MODULE_CACHE !== '0' },
  },
});
