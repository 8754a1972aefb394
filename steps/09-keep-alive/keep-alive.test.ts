import { afterAll, describe } from 'vitest';
import { check } from '../../scripts/harness/learner-error.ts';
import { saysClose, splitResponses } from '../../scripts/harness/http/responses.ts';
import type { HttpResponse } from '../../scripts/harness/http/http-response.ts';
import { sharedServer } from '../../scripts/harness/kept-open.ts';
import type { ServerProcess } from '../../scripts/harness/server-process.ts';
import { showBytes } from '../../scripts/harness/show-bytes.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { underTest } from '../../scripts/harness/target.ts';
import { Connection, piecesOf } from '../../scripts/harness/clients/tcp-client.ts';
import { closingRequest, getRequest } from '../../scripts/harness/timing.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const { folder } = underTest(import.meta.url);
const keepAliveMs = 1000;
const cap = 5;
// REQUESTS_PER_CONNECTION when it is not set, as in nginx.
const defaultCap = 1000;
// KEEP_ALIVE_TIMEOUT_MS when it is not set, as in Node's own http server.
const defaultKeepAliveMs = 5000;
const sleepMs = 600;
const env = {
  KEEP_ALIVE_TIMEOUT_MS: String(keepAliveMs),
  REQUESTS_PER_CONNECTION: String(cap),
  SLEEP_MS: String(sleepMs),
  POOL_SIZE: '2',
};
// The first /sleep may wait for threads that take seconds to start on a busy machine.
const patienceMs = 12_000;
const shared = sharedServer(folder, env);
const server = () => shared.get();

/**
 * Sends `request` on `connection` and waits for the response it brings, the `count`th on that
 * connection; undefined if none comes, with what arrived instead.
 */
async function ask(connection: Connection, request: string, count: number) {
  await connection.write(request);
  await connection.waitForReceived((bytes) => splitResponses(bytes).length >= count, patienceMs);
  return splitResponses(connection.received())[count - 1];
}

/** Fails unless `response` is hello.html, 200 OK. */
function expectHello(server: ServerProcess, response: HttpResponse, connection: Connection) {
  check(response.status === 200, () => ({
    message: m.notHello(response.statusLine),
    received: showBytes(connection.received(), 400),
    hint: m.notHelloHint,
    output: server.outputTail(),
  }));
}

describe('step 9: one connection, many requests', { timeout: 28_000 }, () => {
  afterAll(() => shared.stop());

  test(m.answersSeveralRequestsOnOneConnection.name, async () => {
    const t = m.answersSeveralRequestsOnOneConnection;
    const s = await server();
    const connection = await Connection.open(s);
    for (let count = 1; count <= 3; count++) {
      const response = await ask(connection, getRequest(s, '/'), count);
      check(response, () => ({
        message: connection.ended ? t.closed(count) : t.noAnswer(count),
        received: showBytes(connection.received(), 600),
        hint: connection.ended ? t.closedHint : t.noAnswerHint,
        output: s.outputTail(),
      }));
      expectHello(s, response, connection);
      check(!saysClose(response), () => ({
        message: t.saysClose(count),
        received: response.statusLine + '\r\n' + response.headerLines.join('\r\n'),
        hint: t.saysCloseHint,
      }));
    }
    check(!connection.ended, () => ({ message: t.closed(3), hint: t.closedHint }));
    connection.destroy();
  });

  test(m.closesWhenClientAsks.name, async () => {
    const t = m.closesWhenClientAsks;
    const s = await server();
    const asks = [
      { request: closingRequest(s, '/'), shown: 'HTTP/1.1 … Connection: close' },
      { request: getRequest(s, '/').replace('HTTP/1.1', 'HTTP/1.0'), shown: 'HTTP/1.0' },
      // The header's value is a list of options, and options are case-insensitive.
      {
        request: getRequest(s, '/').replace(/\r\n\r\n$/, '\r\nConnection: TE, Close\r\n\r\n'),
        shown: 'HTTP/1.1 … Connection: TE, Close',
      },
    ];
    for (const { request, shown } of asks) {
      const connection = await Connection.open(s);
      await connection.write(request);
      const reply = await connection.readUntilClose(keepAliveMs / 2);
      connection.destroy();
      const [response] = splitResponses(reply.bytes);
      check(response, () => ({
        message: t.noAnswer(shown),
        received: showBytes(reply.bytes, 400),
        hint: m.answersSeveralRequestsOnOneConnection.noAnswerHint,
        output: s.outputTail(),
      }));
      expectHello(s, response, connection);
      check(saysClose(response), () => ({
        message: t.unannounced(shown),
        received: response.statusLine + '\r\n' + response.headerLines.join('\r\n'),
        hint: t.hint,
      }));
      check(reply.ended !== 'timeout', () => ({ message: t.keptOpen(shown), hint: t.hint }));
    }
  });

  test(m.keepsHttp10OpenWhenAsked.name, async () => {
    const t = m.keepsHttp10OpenWhenAsked;
    const s = await server();
    const connection = await Connection.open(s);
    // Connection options come in any case, as a list: HTTP/1.0 clients often write Keep-Alive.
    const options = ['keep-alive', 'Keep-Alive, Upgrade'];
    for (let count = 1; count <= options.length; count++) {
      const request = `GET / HTTP/1.0\r\nConnection: ${options[count - 1]}\r\n\r\n`;
      const response = await ask(connection, request, count);
      check(response, () => ({
        message: connection.ended
          ? t.closed(count)
          : m.answersSeveralRequestsOnOneConnection.noAnswer(count),
        received: showBytes(connection.received(), 600),
        hint: connection.ended ? t.hint : m.answersSeveralRequestsOnOneConnection.noAnswerHint,
        output: s.outputTail(),
      }));
      expectHello(s, response, connection);
      const said = (response.headers.get('connection') ?? '').toLowerCase().split(',');
      check(
        said.some((option) => option.trim() === 'keep-alive'),
        () => ({
          message: t.unannounced(count),
          received: response.statusLine + '\r\n' + response.headerLines.join('\r\n'),
          hint: t.hint,
        }),
      );
    }
    check(!connection.ended, () => ({ message: t.closed(2), hint: t.hint }));
    connection.destroy();
  });

  test(m.closesQuietConnectionAfterTimeout.name, async () => {
    const t = m.closesQuietConnectionAfterTimeout;
    const s = await server();
    // Before its first head, a new connection has HEADER_TIMEOUT_MS (10 s here), not this timeout.
    const fresh = await Connection.open(s);
    const opened = performance.now();
    await fresh.readUntilClose(keepAliveMs * 2);
    const firstWait = Math.round(performance.now() - opened);
    check(!fresh.ended, () => ({
      message: t.firstCut(firstWait, keepAliveMs),
      hint: t.firstCutHint,
    }));
    fresh.destroy();
    // A client that asks again before KEEP_ALIVE_TIMEOUT_MS is up is never quiet for that long.
    const steady = await Connection.open(s);
    for (let count = 1; count <= 3; count++) {
      const asked = performance.now();
      const response = await ask(steady, getRequest(s, '/'), count);
      check(response, () => ({
        message: t.cutSteady(count, keepAliveMs),
        received: showBytes(steady.received(), 600),
        hint: t.cutSteadyHint,
      }));
      const pause = keepAliveMs / 2 - (performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, pause)));
    }
    steady.destroy();
    // A next head that has begun before the timeout is up has HEADER_TIMEOUT_MS to finish.
    const slow = await Connection.open(s);
    await ask(slow, getRequest(s, '/'), 1);
    const [start, rest] = [getRequest(s, '/').slice(0, 10), getRequest(s, '/').slice(10)];
    await slow.write(start);
    await slow.readUntilClose(keepAliveMs * 2);
    const finished = await ask(slow, rest, 2);
    slow.destroy();
    check(finished, () => ({ message: t.cutHead(keepAliveMs), hint: t.cutHeadHint }));
    const quiet = await Connection.open(s);
    check(await ask(quiet, getRequest(s, '/'), 1), () => ({
      message: m.answersSeveralRequestsOnOneConnection.noAnswer(1),
      hint: m.answersSeveralRequestsOnOneConnection.noAnswerHint,
    }));
    const answered = performance.now();
    const reply = await quiet.readUntilClose(keepAliveMs + 6000);
    const waited = Math.round(performance.now() - answered);
    quiet.destroy();
    // No request is waiting, so nothing is owed: not even a 408.
    const [first] = splitResponses(reply.bytes);
    const extra = reply.bytes.subarray(reply.bytes.indexOf('\r\n\r\n') + 4 + first!.body.length);
    check(extra.length === 0, () => ({
      message: t.spoke(extra.toString('latin1').split('\r\n')[0]!.slice(0, 60)),
      hint: t.spokeHint,
    }));
    check(reply.ended !== 'timeout', () => ({
      message: t.neverClosed(keepAliveMs, waited),
      hint: t.neverClosedHint,
    }));
    check(waited >= keepAliveMs / 2, () => ({
      message: t.early(waited, keepAliveMs),
      hint: t.earlyHint,
    }));
    // Well before the 5 s a server gets when it does not read the variable.
    check(waited <= keepAliveMs * 3.5, () => ({
      message: t.late(waited, keepAliveMs),
      hint: t.lateHint,
    }));
  });

  test(
    m.closesQuietConnectionAfterFiveSecondsByDefault.name,
    // The default's wait, then a margin for a busy machine.
    { timeout: defaultKeepAliveMs * 3.5 + patienceMs },
    async ({ server: plain }) => {
      const t = m.closesQuietConnectionAfterFiveSecondsByDefault;
      const quiet = await Connection.open(plain);
      check(await ask(quiet, getRequest(plain, '/'), 1), () => ({
        message: m.answersSeveralRequestsOnOneConnection.noAnswer(1),
        hint: m.answersSeveralRequestsOnOneConnection.noAnswerHint,
        output: plain.outputTail(),
      }));
      const answered = performance.now();
      const reply = await quiet.readUntilClose(defaultKeepAliveMs * 3.5);
      const waited = Math.round(performance.now() - answered);
      quiet.destroy();
      // The same margins as with the variable set: half the timeout, and three and a half times it.
      check(waited >= defaultKeepAliveMs / 2, () => ({ message: t.early(waited), hint: t.hint }));
      check(reply.ended !== 'timeout', () => ({ message: t.late(waited), hint: t.hint }));
    },
  );

  test(m.closesAfterRequestsPerConnection.name, async ({ launch }) => {
    const t = m.closesAfterRequestsPerConnection;
    const s = await server();
    const connection = await Connection.open(s);
    for (let count = 1; count <= cap; count++) {
      const response = await ask(connection, getRequest(s, '/'), count);
      check(response, () => ({
        message: connection.ended
          ? t.closedEarly(count, cap)
          : m.answersSeveralRequestsOnOneConnection.noAnswer(count),
        received: showBytes(connection.received(), 600),
        hint: connection.ended
          ? t.closedEarlyHint
          : m.answersSeveralRequestsOnOneConnection.noAnswerHint,
      }));
      check(count === cap || !saysClose(response), () => ({
        message: t.closedEarly(count, cap),
        hint: t.closedEarlyHint,
      }));
      check(count < cap || saysClose(response), () => ({
        message: t.unannounced(cap),
        received: response.statusLine + '\r\n' + response.headerLines.join('\r\n'),
        hint: t.unannouncedHint,
      }));
    }
    const reply = await connection.readUntilClose(3000);
    connection.destroy();
    check(reply.ended !== 'timeout', () => ({ message: t.keptOpen(cap), hint: t.keptOpenHint }));
    // Without the variable: 1,001 requests in one write, of which the 1,000th must be the last.
    const plain = await launch({ env: { POOL_SIZE: '1' } });
    const pipelined = await Connection.open(plain);
    await pipelined.write(getRequest(plain, '/').repeat(defaultCap + 1));
    await pipelined.waitForReceived(
      (bytes) => splitResponses(bytes).length >= defaultCap,
      patienceMs,
    );
    const all = await pipelined.readUntilClose(3000);
    pipelined.destroy();
    const responses = splitResponses(all.bytes);
    const closing = responses.findIndex(saysClose);
    const closedAfter = closing === -1 ? undefined : closing + 1;
    check(closedAfter === defaultCap && responses.length === defaultCap, () => ({
      message: t.defaultCap(closedAfter),
      hint: t.defaultCapHint,
    }));
  });

  test(m.answersPipelinedRequestsInOrder.name, async () => {
    const t = m.answersPipelinedRequestsInOrder;
    const s = await server();
    const connection = await Connection.open(s);
    const sent = performance.now();
    await connection.write(getRequest(s, '/sleep') + closingRequest(s, '/'));
    const first = (await connection.waitForData(patienceMs)) ? performance.now() - sent : 0;
    const reply = await connection.readUntilClose(patienceMs);
    connection.destroy();
    const responses = splitResponses(reply.bytes);
    const received = showBytes(reply.bytes, 800);
    check(responses.length > 0, () => ({ message: t.none, received, hint: t.lostHint }));
    // First: a server that answers GET / first may then lose the /sleep, by closing.
    check(first >= sleepMs * 0.8, () => ({
      message: t.outOfOrder(Math.round(first), sleepMs),
      received,
      hint: t.outOfOrderHint,
    }));
    // A second request left unread until HEADER_TIMEOUT_MS gets a 408, not its page.
    const pages = responses.filter((response) => response.status === 200).length;
    check(pages > 1, () => ({ message: t.lost, received, hint: t.lostHint }));
    check(responses.length === 2, () => ({
      message: t.extra(responses.length),
      received,
      hint: t.extraHint,
    }));
    check(reply.ended !== 'timeout', () => ({
      message: m.closesWhenClientAsks.keptOpen('/'),
      hint: m.closesWhenClientAsks.hint,
    }));
  });

  test(m.answersPipelinedRequestsCutInPieces.name, async () => {
    const t = m.answersPipelinedRequestsInOrder;
    const s = await server();
    const connection = await Connection.open(s);
    const requests = getRequest(s, '/') + getRequest(s, '/missing') + closingRequest(s, '/');
    // Pieces that cut the second and third heads in two: the stream, not its chunks, has heads.
    await connection.writeInPieces(piecesOf(requests, 70), 5);
    const reply = await connection.readUntilClose(patienceMs);
    connection.destroy();
    const statuses = splitResponses(reply.bytes).map((response) => response.status);
    check(statuses.join() === '200,404,200', () => ({
      message: t.statuses(statuses.join(', ') || '–'),
      received: showBytes(reply.bytes, 800),
      hint: statuses.length < 3 ? t.lostHint : t.outOfOrderHint,
    }));
  });
});
