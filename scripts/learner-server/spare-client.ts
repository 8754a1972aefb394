import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import type { Exit, ProgramRequest, ServerProgram } from './protocol.ts';

type Relayed =
  { pid: number } | { stdout: string } | { stderr: string } | { probe: string } | { exit: Exit };

/**
 * Claims one of watch mode's spare servers (loop/spare-servers.mjs) over the local socket at
 * `address` and makes it run `request`. The spare's output, probe and exit are relayed here.
 */
export function claimSpare(address: string, request: ProgramRequest): ServerProgram {
  const socket = connect(address);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const probe = new PassThrough();
  let pid: number | undefined;
  let exit: Exit | undefined;
  const exited = new Promise<Exit>((resolve) => {
    // Losing the socket without an exit means the runner went away, and the server with it.
    socket.on('close', () => resolve((exit ??= { code: null, signal: 'SIGKILL' })));
  });
  socket.on('error', (error) => stderr.write(`${error.message}\n`));
  socket.write(`${JSON.stringify(request)}\n`);
  createInterface({ input: socket }).on('line', (line) => {
    const message = JSON.parse(line) as Relayed;
    if ('pid' in message) pid = message.pid;
    if ('stdout' in message) stdout.write(message.stdout);
    if ('stderr' in message) stderr.write(message.stderr);
    if ('probe' in message) probe.write(message.probe);
    if ('exit' in message) exit = message.exit;
  });
  return {
    get pid() {
      return pid;
    },
    stdout,
    stderr,
    probe,
    exited,
    kill: (signal) => {
      if (!socket.destroyed) socket.write(`${JSON.stringify({ signal })}\n`);
    },
  };
}
