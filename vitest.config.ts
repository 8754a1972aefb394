import { defineConfig } from 'vitest/config';
import { checkSettings } from './scripts/checking/check-settings.ts';

// Runs each step's checks against the learner's own files: what an editor's test integration and
// `npm run step` use. The course's self-check has its own configuration in scripts/course/.
export default defineConfig({
  test: {
    include: ['steps/**/*.test.ts'],
    ...checkSettings,
  },
});
