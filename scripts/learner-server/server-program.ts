import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { preloads } from './server-preloads.mjs';
import { claimSpare } from './spare-client.ts';
import type { ProgramRequest, ServerProgram } from './protocol.ts';

/**
 * Runs the request's entry in Node with tsx and the listening probe loaded: in a fresh process,
 * or in watch mode in a spare that has loaded them already (unless `nodeFlags` ask for more).
 */
export function startProgram(request: ProgramRequest, nodeFlags: string[] = []): ServerProgram {
  // Watch mode keeps spare servers ready (loop/spare-servers.mjs) and names their socket here.
  const spares = process.env.WORKBOOK_SPARES;
  if (spares && nodeFlags.length === 0) return claimSpare(spares, request);
  const args = [...nodeFlags, ...preloads, request.entry];
  const child = spawn(process.execPath, args, {
    cwd: request.cwd,
    env: request.env,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  return {
    get pid() {
      return child.pid;
    },
    stdout: child.stdout!,
    stderr: child.stderr!,
    probe: child.stdio[3] as Readable,
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
    kill: (signal) => child.kill(signal),
  };
}
