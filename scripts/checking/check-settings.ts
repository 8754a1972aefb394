/** How every vitest run of steps' checks is set up, whichever configuration starts it. */
export const checkSettings = {
  setupFiles: ['scripts/harness/vitest-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 30_000,
};
