/** How every vitest run of steps' checks is set up, whichever configuration starts it. */
export const checkSettings = {
  setupFiles: ['scripts/harness/vitest-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 30_000,
  // Transformed modules kept on disk: a run starts a quarter of a second sooner, and runs side by
  // side (grading, the course's self-check) save a quarter of their time. The cache is emptied
  // only when the installed packages change; the run that starts the others (the course's suite,
  // grading's listing of checks) finds that out first, before any of them reads the cache.
  experimental: { fsModuleCache: true },
};

/**
 * How many test files a run of checks takes at a time. Each of these workers runs file after file
 * in one process, without isolating each file: a run starts three test processes instead of one
 * per file. A file stuck in an endless loop holds one worker while the others go on. The files of
 * a step then share the learner modules they import (step 2's parser), as the checks of one file
 * always have.
 */
export const filesAtOnce = 3;
