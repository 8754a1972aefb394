import { m } from './bad-request-messages.ts';
import {
  closedSilently,
  expectClosed,
  failure,
  readResponse,
  replyTimeoutMs,
  requestLineOf,
} from './read-response.ts';
import { errorLineOf, expectNoServerError } from './server-error.ts';
import type { ServerProcess } from '../server-process.ts';
import { exchange } from '../clients/tcp-client.ts';

/** Request lines that are not METHOD TARGET VERSION: every step's parseRequest refuses them. */
const malformedLines = ['HELLO', 'GET /', 'GET / HTTP/1.1 extra'];
/** A head with nothing in it, not even a request line: readHead() resolves with ''. */
const emptyHead = '\r\n\r\n';

/**
 * Sends malformed requests, one connection each, and requires for each a well-formed
 * `400` response followed by the end of the connection: not a 200, not silence, not bare `\n`s,
 * and no second response after it. `bodyless`: nothing at all may follow the 400's empty line.
 */
export async function expectBadRequestAnswered(
  server: ServerProcess,
  { bodyless = false } = {},
): Promise<void> {
  const requests = [
    ...malformedLines.map((line) => `${line}\r\nHost: ${server.address}\r\n\r\n`),
    emptyHead,
  ];
  for (const request of requests) {
    const reply = await exchange(server, request, { timeoutMs: replyTimeoutMs });
    const sent = { server, request, reply, expected: 'HTTP/1.1 400 Bad Request\r\n\r\n' };
    const shown = request === emptyHead ? JSON.stringify(emptyHead) : requestLineOf(request);
    if (reply.bytes.length === 0 && server.isRunning) {
      if (reply.ended === 'timeout') throw failure(sent, m.silent(shown), m.answerHint);
      throw closedSilently(sent, m.closedSilently(shown), m.answerHint);
    }
    const response = await readResponse(sent);
    // A 5xx that comes with an error line is the server failing; without one, a wrong status.
    if (errorLineOf(server.outputTail(40))) expectNoServerError(sent, response);
    if (response.status !== 400) {
      throw failure(sent, m.wrongStatus(shown, response.statusLine), m.wrongStatusHint);
    }
    if (response.reason.toUpperCase() !== 'BAD REQUEST') {
      throw failure(sent, m.wrongReason(shown, response.statusLine), m.wrongReasonHint);
    }
    const after = response.body.toString('latin1');
    if (/^\s*HTTP\/\d/.test(after)) {
      throw failure(sent, m.secondResponse(shown), m.secondResponseHint);
    }
    if (bodyless && after !== '') {
      throw failure(sent, m.bodyAfter(shown, JSON.stringify(after.slice(0, 40))), m.bodyAfterHint);
    }
    expectClosed(sent);
  }
}
