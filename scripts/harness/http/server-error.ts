import { m } from './server-error-messages.ts';
import { failure, requestLineOf, type Sent } from './read-response.ts';
import type { HttpResponse } from './http-response.ts';

/**
 * The line in which the server reported its own failure: the last line of its output that names
 * an error (Node's `ENOENT: …`, `TypeError: …`, or the learner's own `Server error: …`).
 */
export function errorLineOf(output: string): string | undefined {
  return (
    output
      .split('\n')
      .map((line) => line.trim())
      // Node's codes are in capitals: ENOENT names an error, "established" does not.
      .filter((line) => (/error/i.test(line) || /\bE[A-Z]{3,}\b/.test(line)) && !/^at\s/.test(line))
      .at(-1)
  );
}

/**
 * Fails when the server answered with a 5xx: its own code failed while building the response, and
 * whatever else is wrong with the response follows from that. The message quotes the error line
 * the server printed, so the learner starts from the cause, not from the status code.
 */
export function expectNoServerError(sent: Sent, response: HttpResponse): void {
  if (response.status < 500 || response.status > 599) return;
  const request = requestLineOf(sent.request);
  const line = errorLineOf(sent.server.outputTail(40));
  throw failure(
    sent,
    line
      ? m.failed(request, response.statusLine, line)
      : m.failedSilently(request, response.statusLine),
    line ? m.hint : m.silentHint,
  );
}
