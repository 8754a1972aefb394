import { execFile } from 'node:child_process';
import { m } from './client-messages.ts';
import { findProgram } from './installed-programs.ts';
import { replyTimeoutMs } from '../http/read-response.ts';
import { LearnerError } from '../learner-error.ts';
import type { ServerProcess } from '../server-process.ts';

// Run again on a later step's server, whose pool may still be starting, as long as any check waits.
const waitSeconds = Math.max(5, replyTimeoutMs / 1000);

/** What a real client made of a response. */
export interface ClientResponse {
  status: number;
  body: Buffer;
}

export const curlProgram = findProgram(['curl']);

const urlOf = (server: ServerProcess, path: string) => `http://${server.address}${path}`;

/** Asks with Node's own fetch, the client most JavaScript code uses. */
export async function fetchFrom(server: ServerProcess, path: string): Promise<ClientResponse> {
  try {
    const response = await fetch(urlOf(server, path), {
      signal: AbortSignal.timeout(waitSeconds * 1000),
    });
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
  } catch (error) {
    const { name, message, cause } = error as Error & {
      cause?: { code?: string; message?: string };
    };
    const fail = (text: string, hint: string) =>
      new LearnerError({ message: text, hint, output: server.outputTail() });
    if (name === 'TimeoutError') throw fail(m.fetchWaiting(waitSeconds), m.waitingHint);
    const reason = cause?.message ?? message;
    const closedEarly = /other side closed|terminated/i.test(`${reason} ${message}`);
    throw fail(m.fetchFailed(reason), closedEarly ? m.closedEarlyHint : m.strictHint);
  }
}

/** Asks with curl, the command-line client the instructions use. */
export async function curlFrom(server: ServerProcess, path: string): Promise<ClientResponse> {
  const args = ['--silent', '--show-error', '--include', '--max-time', String(waitSeconds)];
  const output = await new Promise<Buffer>((resolve, reject) => {
    execFile(
      curlProgram ?? 'curl',
      [...args, urlOf(server, path)],
      { encoding: 'buffer' },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const code = typeof error.code === 'number' ? error.code : -1;
        const hint =
          code === 28
            ? m.waitingHint
            : code === 52
              ? m.curlEmptyHint
              : code === 18
                ? m.closedEarlyHint
                : m.strictHint;
        const said = stderr.toString('utf8').trim() || error.message;
        reject(
          new LearnerError({
            message: m.curlFailed(code, said),
            hint,
            output: server.outputTail(),
          }),
        );
      },
    );
  });
  const headEnd = /\r?\n\r?\n/.exec(output.toString('latin1'));
  const statusLine = output.toString('latin1').split(/\r?\n/)[0] ?? '';
  return {
    status: Number(statusLine.split(' ')[1]),
    body: headEnd ? output.subarray(headEnd.index + headEnd[0].length) : Buffer.alloc(0),
  };
}
