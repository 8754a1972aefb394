import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exchange } from './clients/tcp-client.ts';
import { m } from './failing-respond-messages.ts';
import { check } from './learner-error.ts';
import { scratchCopy } from './scratch-copy.ts';
import type { ServerProcess } from './server-process.ts';
import type { Target } from './target.ts';
import { closingRequest } from './timing.ts';

/** What the failing respond() throws: a server that prints its errors shows this line. */
export const respondFailure =
  'respond() fails on purpose here, to see the server answer 500 (check 5e0a)';

/**
 * The learner's respond.ts, kept under another name, behind one whose respond() throws: every
 * other export still comes from the learner's file, so the server starts as it always does.
 */
const failingRespond = `export * from './respond-as-written.ts';

export function respond(): never {
  throw new Error(${JSON.stringify(respondFailure)});
}
`;

/** A copy of the learner's files in which respond() throws, as a missing page or a bug would. */
export function withFailingRespond(target: Target): { folder: string; remove: () => void } {
  const copy = scratchCopy(target);
  renameSync(join(copy.folder, 'respond.ts'), join(copy.folder, 'respond-as-written.ts'));
  writeFileSync(join(copy.folder, 'respond.ts'), failingRespond);
  return copy;
}

/** What a step advises when its server does not answer its own failure with a 500. */
export interface FailureHints {
  crashedHint: string;
  statusHint: string;
  unsaidHint: string;
}

/**
 * Fails unless `server`, started on `withFailingRespond`'s copy, answers GET of each path with
 * a 500, keeps running, and prints the error.
 */
export async function expect500s(
  server: ServerProcess,
  paths: readonly string[],
  hints: FailureHints,
): Promise<void> {
  for (const path of paths) {
    const reply = await exchange(server, closingRequest(server, path), { timeoutMs: 10_000 });
    // A crash closes the connection a moment before the process is seen to exit.
    await server.waitFor(() => !server.isRunning, reply.bytes.length ? 0 : 500);
    check(server.isRunning, () => ({
      message: m.crashed(path, server.describeState()),
      hint: hints.crashedHint,
      output: server.outputTail(25),
    }));
    const statusLine = reply.text.split('\r\n')[0]!;
    check(/^HTTP\/1\.[01] 500 /.test(statusLine), () => ({
      message: statusLine ? m.status(path, statusLine) : m.silent(path),
      hint: hints.statusHint,
      output: server.outputTail(),
    }));
  }
  check(server.output().includes(respondFailure), () => ({
    message: m.unsaid,
    hint: hints.unsaidHint,
    output: server.outputTail(),
  }));
}
