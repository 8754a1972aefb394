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
