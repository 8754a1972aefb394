import { m } from './bad-request-messages.ts';
import {
  expectClosed,
  failure,
  readResponse,
  replyTimeoutMs,
  requestLineOf,
} from './read-response.ts';
import { expectNoServerError } from './server-error.ts';
import type { ServerProcess } from '../server-process.ts';
import { exchange } from '../clients/tcp-client.ts';

/** Request lines that are not METHOD TARGET VERSION: every step's parseRequest refuses them. */
const malformedLines = ['HELLO', 'GET /', 'GET / HTTP/1.1 extra'];

/**
 * Sends malformed requests, one connection each, and requires for each a well-formed
 * `400` response followed by the end of the connection: not a 200, not silence, not bare `\n`s.
 */
export async function expectBadRequestAnswered(server: ServerProcess): Promise<void> {
  for (const line of malformedLines) {
    const request = `${line}\r\nHost: ${server.address}\r\n\r\n`;
    const reply = await exchange(server, request, { timeoutMs: replyTimeoutMs });
    const sent = { server, request, reply, expected: 'HTTP/1.1 400 Bad Request\r\n\r\n' };
    const shown = requestLineOf(request);
    if (reply.bytes.length === 0 && server.isRunning) {
      const message = reply.ended === 'timeout' ? m.silent(shown) : m.closedSilently(shown);
      throw failure(sent, message, m.answerHint);
    }
    const response = await readResponse(sent);
    expectNoServerError(sent, response);
    if (response.status !== 400) {
      throw failure(sent, m.wrongStatus(shown, response.statusLine), m.wrongStatusHint);
    }
    expectClosed(sent);
  }
}
