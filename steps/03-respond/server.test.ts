import { describe } from 'vitest';
import { expectBadRequestAnswered } from '../../scripts/harness/http/bad-request.ts';
import { m as clients } from '../../scripts/harness/clients/client-messages.ts';
import { expectHttpByHand } from '../../scripts/harness/http/http-by-hand.ts';
import { explainedByRawCheck } from '../../scripts/harness/http/http-checks.ts';
import { runsHere } from '../../scripts/harness/clients/installed-programs.ts';
import { check } from '../../scripts/harness/learner-error.ts';
import {
  expectClosed,
  failure,
  readResponse,
  replyTimeoutMs,
} from '../../scripts/harness/http/read-response.ts';
import { curlFrom, curlProgram, fetchFrom } from '../../scripts/harness/clients/real-clients.ts';
import type { ServerProcess } from '../../scripts/harness/server-process.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { Connection, exchange } from '../../scripts/harness/clients/tcp-client.ts';
import { askingToClose } from '../../scripts/harness/timing.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const expected = 'HTTP/1.1 200 OK\r\n\r\n';

/** The request line and first header, then the rest of the head: what curl sends for /. */
function curlRequest(server: ServerProcess): [string, string] {
  return [
    `GET / HTTP/1.1\r\nHost: ${server.address}\r\n`,
    'User-Agent: curl/8.5.0\r\nAccept: */*\r\n\r\n',
  ];
}

async function ask(server: ServerProcess) {
  // Asking to close changes nothing here, and lets a server that keeps connections open end this one.
  const request = askingToClose(curlRequest(server).join(''));
  const reply = await exchange(server, request, { timeoutMs: replyTimeoutMs });
  return { server, request, reply, expected };
}

describe('step 3', () => {
  test(m.answersWith200StatusLine.name, async ({ server }) => {
    const t = m.answersWith200StatusLine;
    const sent = await ask(server);
    const { status, reason, body } = await readResponse(sent);
    if (status !== 200) throw failure(sent, t.wrongCode(status), t.wrongCodeHint);
    if (reason.toUpperCase() !== 'OK')
      throw failure(sent, t.wrongReason(reason), t.wrongReasonHint);
    if (body.length > 0) throw failure(sent, t.body(body.length), t.bodyHint);
  });

  // The next checks run side by side, each on a connection of its own: the first of them waits a
  // quarter of a second on purpose, and the others need not wait for it.
  test.concurrent(m.answersOnlyAfterWholeHead.name, async ({ server }) => {
    const t = m.answersOnlyAfterWholeHead;
    const [start, rest] = curlRequest(server);
    const connection = await Connection.open(server);
    await connection.write(start);
    const early = await connection.waitForData(250);
    const received = connection.received().toString('utf8');
    check(!early, () => ({ message: t.early, received, hint: t.hint }));
    check(!connection.ended, () => ({ message: t.closedEarly, hint: t.hint }));
    await connection.write(rest);
    const reply = await connection.readUntilClose(replyTimeoutMs);
    connection.destroy();
    await readResponse({ server, request: start + rest, reply, expected });
  });

  test.concurrent(m.endsConnectionAfterResponse.name, async ({ server }) => {
    const sent = await ask(server);
    if (sent.reply.bytes.length === 0) await readResponse(sent);
    expectClosed(sent);
  });

  test.concurrent(m.fetchAcceptsAs200.name, async ({ server, annotate }) => {
    // The curl check runs only where curl is installed: say so when it is not.
    if (!runsHere(curlProgram)) await annotate(clients.curlMissingNote, 'notice');
    await explainedByRawCheck(server, '/', async () => {
      const { status } = await fetchFrom(server, '/');
      check(status === 200, () => ({
        message: m.clientStatus('fetch', status),
        hint: m.clientStatusHint,
      }));
    });
  });

  if (runsHere(curlProgram)) {
    test.concurrent(m.curlAcceptsAs200.name, async ({ server }) => {
      check(curlProgram, () => ({
        message: clients.ciCurlMissing,
        hint: clients.ciCurlMissingHint,
      }));
      await explainedByRawCheck(server, '/', async () => {
        const { status } = await curlFrom(server, '/');
        check(status === 200, () => ({
          message: m.clientStatus('curl', status),
          hint: m.clientStatusHint,
        }));
      });
    });
  }

  test(m.keepsAnsweringAfterMalformedRequests.name, async ({ server }) => {
    const t = m.keepsAnsweringAfterMalformedRequests;
    const malformed = [
      '\r\n\r\n',
      'HELLO\r\n\r\n',
      'GET /\r\n\r\n',
      'GET / HTTP/1.1 extra\r\n\r\n',
      `GET / HTTP/1.1\r\nHost ${server.address}\r\n\r\n`,
    ];
    await Promise.all(
      malformed.map(async (request) => {
        const connection = await Connection.open(server).catch(() => undefined);
        await connection?.write(request);
        await connection?.readUntilClose(2000);
        connection?.destroy();
      }),
    );
    const sent = await ask(server).catch(() => undefined);
    if (!sent?.reply.bytes.length) await server.waitFor(() => !server.isRunning, 1000);
    check(sent && server.isRunning, () => ({
      message: t.crashed(
        server.describeState(),
        malformed.map((text) => JSON.stringify(text)).join(', '),
      ),
      hint: t.hint,
      output: server.outputTail(),
    }));
    const { status } = await readResponse(sent);
    if (status !== 200)
      throw failure(
        sent,
        m.answersWith200StatusLine.wrongCode(status),
        m.answersWith200StatusLine.wrongCodeHint,
      );
  });

  test(m.answersEveryParsedRequest.name, async ({ server }) => {
    const t = m.answersEveryParsedRequest;
    // An HTTP/1.0 client gets an HTTP/1.1 status line too: readResponse() wants one in every answer.
    for (const requestLine of [
      'POST /form HTTP/1.1',
      'GET /other HTTP/1.0',
      'DELETE /x?y=1 HTTP/1.1',
    ]) {
      const request = askingToClose(`${requestLine}\r\nHost: ${server.address}\r\n\r\n`);
      const reply = await exchange(server, request, { timeoutMs: replyTimeoutMs });
      const sent = { server, request, reply, expected };
      const { status } = await readResponse(sent);
      if (status !== 200)
        throw failure(sent, t.wrongCode(`"${requestLine}"`, status), t.wrongCodeHint);
    }
  });

  test(m.answersBadRequest.name, async ({ server }) => {
    // Nothing follows this step's 400, as nothing follows its 200.
    await expectBadRequestAnswered(server, { bodyless: true });
  });

  test(m.buildsOnNetAlone.name, ({ target }) => {
    expectHttpByHand(target.folder, target.files);
  });
});
