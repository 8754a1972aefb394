// Every thread of the pool starts here. On Node 20 a worker thread cannot start on a .ts file: the
// TypeScript loader that `node --import tsx` installs serves the main thread only. This small
// JavaScript file installs it in the new thread too, then hands piscina the real worker code:
// piscina calls a worker module's default export with each job.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('./worker.ts');
export default run;
