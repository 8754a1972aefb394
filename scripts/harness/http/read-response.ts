import { findForAwaitExit } from '../for-await-exit.ts';
import { parseResponse, type HttpResponse } from './http-response.ts';
import { m } from './http-messages.ts';
import { LearnerError } from '../learner-error.ts';
import type { ServerProcess } from '../server-process.ts';
import type { Reply } from '../clients/tcp-client.ts';

const carriageReturn = 0x0d;
const lineFeed = 0x0a;
/**
 * How long a check waits for a response to end before it calls the connection kept open. Run
 * again on a later step's server, whose first reply may wait for a pool's threads to start (seconds
 * on a busy machine), a check waits longer: the limit only bounds a server that never answers.
 */
export const replyTimeoutMs = process.env.WORKBOOK_CHECKED_STEP ? 20_000 : 3000;

/** One request and what came back, as the raw bytes of the reply. */
export interface Sent {
  server: ServerProcess;
  request: string;
  reply: Reply;
  /** A right answer, shown beside the bytes that arrived when they break a rule. */
  expected?: string;
}

/**
 * A failure about this exchange. It shows what arrived (or the part of it in question, beside
 * what should have been there) and the server's last output.
 */
export function failure(
  sent: Sent,
  message: string,
  hint: string,
  shown: { expected?: string; received: string } = { received: sent.reply.text },
): LearnerError {
  const expected = shown.expected ?? sent.expected;
  return new LearnerError({
    message,
    hint,
    ...(expected === undefined ? {} : { expected }),
    received: shown.received,
    output: sent.server.outputTail(),
  });
}

type Fail = (message: string, hint: string) => Error;

/**
 * The failure for a connection closed without a response: the usual `message` and `hint`, unless
 * the learner's code leaves a `for await` loop early, which destroys the socket before anything
 * is written; then that is named instead.
 */
export function closedSilently(sent: Sent, message: string, hint: string): LearnerError {
  const exit = findForAwaitExit(sent.server.folder);
  if (!exit) return failure(sent, message, hint);
  return failure(sent, m.leftForAwait(message, `${exit.file}:${exit.line}`), m.leftForAwaitHint);
}

export const requestLineOf = (request: string) => `"${request.split('\r\n')[0]}"`;

/**
 * Reads a response by the rules of HTTP/1.1, line by line, and names the first rule it breaks:
 * nothing sent, a bare \n, a wrong version or code, no empty line, a Content-Length that does not
 * match the body. Whether the connection was then closed is left to `expectClosed`.
 */
export async function readResponse(sent: Sent): Promise<HttpResponse> {
  const { server, reply } = sent;
  const fail = (message: string, hint: string) => failure(sent, message, hint);
  const bytes = reply.bytes;
  if (bytes.length === 0) {
    // A crash closes the connection a moment before the process is seen to exit.
    if (reply.ended !== 'timeout') await server.waitFor(() => !server.isRunning, 1000);
    const request = requestLineOf(sent.request);
    if (!server.isRunning) throw fail(m.crashed(request, server.describeState()), m.crashedHint);
    if (reply.ended === 'timeout')
      throw fail(m.silent(request, replyTimeoutMs / 1000), m.silentHint);
    throw closedSilently(sent, m.closedSilently(request), m.closedSilentlyHint);
  }
  // Read left to right, as a client does: the version, the code, then how the line ends.
  const statusEnd = bytes.indexOf(lineFeed);
  const firstLine = bytes.subarray(0, statusEnd === -1 ? bytes.length : statusEnd);
  checkStatusLine(firstLine.toString('latin1').replace(/\r$/, ''), fail);
  if (statusEnd === -1) throw fail(m.statusLineUnfinished, m.crlfHint);
  if (bytes[statusEnd - 1] !== carriageReturn) {
    throw fail(m.bareLineFeed(m.theStatusLine), m.crlfHint);
  }

  for (let start = statusEnd + 1, number = 1; ; number++) {
    const end = bytes.indexOf(lineFeed, start);
    if (end === -1) {
      throw fail(reply.ended === 'timeout' ? m.noEmptyLineYet : m.noEmptyLine, m.emptyLineHint);
    }
    if (bytes[end - 1] !== carriageReturn) {
      // A line that is no header, after headers that ended well, is the body come too soon.
      const text = bytes.subarray(start, end).toString('latin1');
      if (number > 1 && end > start && !isHeader(text)) {
        throw fail(m.bodyBeforeEmptyLine(number, text.slice(0, 40)), m.emptyLineHint);
      }
      throw fail(m.bareLineFeed(end === start ? m.theEmptyLine : m.headerLine(number)), m.crlfHint);
    }
    const line = bytes.subarray(start, end - 1).toString('latin1');
    if (line === '') break;
    if (!isHeader(line)) {
      throw fail(m.malformedHeader(line), m.malformedHeaderHint);
    }
    start = end + 1;
  }

  const response = parseResponse(bytes)!;
  checkContentLength(response, reply, fail);
  return response;
}

const isHeader = (line: string) => /^[\w!#$%&'*+.^`|~-]+:/.test(line);

function checkStatusLine(line: string, fail: Fail): void {
  const [version = '', code = ''] = line.split(' ');
  if (line === '') throw fail(m.emptyStatusLine, m.versionHint);
  if (version === 'HTTP/1.0') throw fail(m.http10, m.versionHint);
  if (/^HTTP/i.test(version) && version !== 'HTTP/1.1') {
    throw fail(m.wrongVersion(version), m.versionHint);
  }
  if (version !== 'HTTP/1.1') throw fail(m.notAVersion(version.slice(0, 20)), m.versionHint);
  if (!/^\d{3}$/.test(code)) throw fail(m.badCode(code), m.badCodeHint);
}

/** A Content-Length, when there is one, must be the body's length in bytes. */
function checkContentLength(response: HttpResponse, reply: Reply, fail: Fail): void {
  const declared = response.headers.get('content-length');
  if (declared === undefined) return;
  if (!/^\d+$/.test(declared)) throw fail(m.badContentLength(declared), m.badContentLengthHint);
  const length = Number(declared);
  const actual = response.body.length;
  if (length !== actual && length === response.body.toString('utf8').length) {
    throw fail(m.charactersNotBytes(length, actual), m.charactersNotBytesHint);
  }
  if (length > actual) {
    const unfinished = reply.ended === 'timeout';
    throw fail((unfinished ? m.bodyUnfinished : m.bodyShort)(length, actual), m.bodyLengthHint);
  }
  if (length < actual) throw fail(m.bodyLong(length, actual), m.bodyLengthHint);
}

/** Fails when the server kept the connection open after its response. */
export function expectClosed(sent: Sent): void {
  if (sent.reply.ended === 'timeout') {
    const { server } = sent;
    const message = m.keptOpen(replyTimeoutMs / 1000);
    throw new LearnerError({ message, hint: m.keptOpenHint, output: server.outputTail() });
  }
}
