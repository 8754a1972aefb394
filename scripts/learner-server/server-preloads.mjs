// @ts-check
// What a learner's server loads before its own code: tsx, so that TypeScript runs, and the
// listening probe. Fresh servers and watch mode's spares load the same, so they behave alike.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const probe = new URL('./listening-probe.mjs', import.meta.url).href;

export const preloads = ['--import', tsx, '--import', probe];

/**
 * For a process whose threads are counted. On recent Node versions tsx compiles on the main
 * thread, where esbuild would start a worker thread of its own for a file it has not compiled
 * before: it would be counted as one of the learner's threads (a pool of 2 seen with 3).
 */
export const compileWithoutThreads = { ESBUILD_WORKER_THREADS: '0' };

/** What the preloads need in the server's environment, on top of the server's own settings. */
export const preloadEnv = {
  // The pipe the probe reports on.
  WORKBOOK_PROBE_FD: '3',
  ...compileWithoutThreads,
};
