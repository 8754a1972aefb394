import { m } from './http-messages.ts';
import type { HttpResponse } from './http-response.ts';
import {
  expectClosed,
  failure,
  readResponse,
  replyTimeoutMs,
  requestLineOf,
  type Sent,
} from './read-response.ts';
import type { ServerProcess } from '../server-process.ts';
import { exchange } from '../clients/tcp-client.ts';
import { askingToClose } from '../timing.ts';
import { expectNoServerError } from './server-error.ts';

/** An exchange whose reply has passed the rules of HTTP/1.1, with the response it carried. */
export interface Answer extends Sent {
  response: HttpResponse;
}

/**
 * Sends a request, asking to close the connection after it, reads the reply until the server ends
 * the connection, and checks that it is a well-formed response to it.
 */
export async function request(
  server: ServerProcess,
  text: string,
  expected?: string,
): Promise<Answer> {
  const asked = askingToClose(text);
  const reply = await exchange(server, asked, { timeoutMs: replyTimeoutMs });
  const sent = { server, request: asked, reply, ...(expected === undefined ? {} : { expected }) };
  const response = await readResponse(sent);
  expectClosed(sent);
  return { ...sent, response };
}

/** A GET request for `path`, as a plain client sends it. */
export function get(server: ServerProcess, path: string, expected?: string): Promise<Answer> {
  return request(server, `GET ${path} HTTP/1.1\r\nHost: ${server.address}\r\n\r\n`, expected);
}

export function expectStatus(answer: Answer, allowed: readonly number[], hint: string): void {
  const { status, statusLine } = answer.response;
  if (allowed.includes(status)) return;
  expectNoServerError(answer, answer.response);
  const expected = allowed.join(m.or);
  throw failure(answer, m.wrongStatus(requestLineOf(answer.request), expected, statusLine), hint);
}

/** Fails unless the body is exactly `bytes`, the contents of `file`. */
export function expectBody(answer: Answer, file: string, bytes: Buffer, hint: string): void {
  const body = answer.response.body;
  if (body.equals(bytes)) return;
  const shown = { expected: bytes.toString('utf8'), received: body.toString('utf8') };
  if (body.length === 0) throw failure(answer, m.emptyBody(file), hint, shown);
  let offset = 0;
  while (body[offset] === bytes[offset]) offset++;
  throw failure(answer, m.bodyDiffers(file, offset), hint, shown);
}

export function expectContentLength(answer: Answer): void {
  if (!answer.response.headers.has('content-length')) {
    throw failure(answer, m.noContentLength, m.noContentLengthHint);
  }
}

/**
 * Runs a real client's check. Clients say little about why they reject a response, so when the
 * check fails, the same request is sent over a raw socket: if that names a mistake, the learner
 * gets that message instead of the client's.
 */
export async function explainedByRawCheck(
  server: ServerProcess,
  path: string,
  clientCheck: () => Promise<void>,
): Promise<void> {
  try {
    await clientCheck();
  } catch (error) {
    if (server.isRunning) await get(server, path);
    throw error;
  }
}
