import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseResponse } from './http-response.ts';
import { expectNoServerError } from './server-error.ts';
import { check } from '../learner-error.ts';
import { m } from './page-messages.ts';
import type { ServerProcess } from '../server-process.ts';
import type { TimedReply } from '../timing.ts';

/**
 * Fails unless `reply` is a 200 response carrying `page` from the learner's folder. Earlier steps
 * check every detail of a response; here what matters is which page came back, and whether any did.
 */
export async function expectPage(
  server: ServerProcess,
  folder: string,
  reply: TimedReply,
  page = 'hello.html',
): Promise<void> {
  const request = `GET ${reply.path}`;
  if (reply.bytes.length === 0 && reply.ended !== 'timeout') {
    // A crash closes the connection a moment before the process is seen to exit.
    await server.waitFor(() => !server.isRunning, 1000);
  }
  const output = server.outputTail(25);
  check(reply.bytes.length > 0, () => ({
    message: !server.isRunning
      ? m.crashed(request, server.describeState())
      : reply.ended === 'timeout'
        ? m.silent(request, Math.round((reply.endedAt - reply.sentAt) / 1000))
        : m.closedSilently(request),
    hint: server.isRunning ? m.silentHint : m.crashedHint,
    output,
  }));
  const response = parseResponse(reply.bytes);
  if (response) expectNoServerError({ server, request: `${request} HTTP/1.1`, reply }, response);
  const expected = readFileSync(join(folder, page));
  check(response?.status === 200 && response.body.equals(expected), () => ({
    message: response?.status === 404 ? m.notFound(request) : m.wrongPage(request, page),
    expected: `HTTP/1.1 200 OK\r\n…\r\n\r\n${expected.toString('utf8')}`,
    received: reply.text,
    hint: response?.status === 404 ? m.notFoundHint(reply.path) : m.wrongPageHint(page),
    output,
  }));
}
