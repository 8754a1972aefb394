// @ts-check
// What a learner's server loads before its own code: tsx, so that TypeScript runs, and the
// listening probe. Fresh servers and watch mode's spares load the same, so they behave alike.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const probe = new URL('./listening-probe.mjs', import.meta.url).href;

export const preloads = ['--import', tsx, '--import', probe];
