// Every thread of the pool starts here. On Node 20 a worker thread cannot start on a .ts file: the
// TypeScript loader that `node --import tsx` installs serves the main thread only. This small
// JavaScript file installs it in the new thread too, then loads the real worker code.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
