import { afterAll } from 'vitest';
import { stopAllServers } from './server-process.ts';

// Each check stops its own servers; this catches any started outside a check, such as in a hook.
afterAll(stopAllServers);
