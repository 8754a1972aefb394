import { describe } from 'vitest';
import { exchange } from '../../scripts/harness/clients/tcp-client.ts';
import { generatedHeads } from '../../scripts/harness/http/head-generator.ts';
import { handWrittenHeads } from '../../scripts/harness/http/heads.ts';
import { request, type Answer } from '../../scripts/harness/http/http-checks.ts';
import { parseResponse } from '../../scripts/harness/http/http-response.ts';
import { expectHeadsJudgedAsNodeDoes } from '../../scripts/harness/http/judge-heads.ts';
import { failure, readResponse, replyTimeoutMs } from '../../scripts/harness/http/read-response.ts';
import type { ServerProcess } from '../../scripts/harness/server-process.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { askingToClose } from '../../scripts/harness/timing.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);

const head = (server: ServerProcess, requestLine: string, ...lines: string[]) =>
  [requestLine, `Host: ${server.address}`, ...lines, '', ''].join('\r\n');

/** Fails with `message(statusLine)` unless the answer's status is `status`. */
function expectStatus(
  answer: Answer,
  status: number,
  message: (statusLine: string) => string,
  hint: string,
) {
  const { statusLine } = answer.response;
  if (answer.response.status !== status) throw failure(answer, message(statusLine), hint);
}

/** Fails unless the answer says Content-Length: 0 and has nothing after its head. */
function expectNoBody(answer: Answer, message: string, hint: string) {
  const length = answer.response.headers.get('content-length');
  if (length !== '0' || answer.response.body.length > 0) throw failure(answer, message, hint);
}

describe('step 8: a correct HTTP/1.1 head', () => {
  test(m.refusesWhatNodeHttpRefuses.name, async ({ server }) => {
    await expectHeadsJudgedAsNodeDoes(server, [...handWrittenHeads, ...generatedHeads(2026, 400)]);
  });

  test(m.answersHeadLikeGet.name, async ({ server }) => {
    const t = m.answersHeadLikeGet;
    for (const path of ['/', '/missing']) {
      const get = await request(server, head(server, `GET ${path} HTTP/1.1`));
      const text = askingToClose(head(server, `HEAD ${path} HTTP/1.1`));
      const reply = await exchange(server, text, { timeoutMs: replyTimeoutMs });
      const sent = { server, request: text, reply };
      // A head that breaks the rules gets the strict reader's explanation.
      const answer = parseResponse(reply.bytes) ?? (await readResponse(sent));
      const shown = { expected: `${get.response.statusLine}\r\n…`, received: reply.text };
      if (answer.status !== get.response.status) {
        const message = t.status(path, answer.statusLine, get.response.statusLine);
        throw failure(sent, message, t.statusHint, shown);
      }
      if (answer.body.length > 0) throw failure(sent, t.body(path, answer.body.length), t.bodyHint);
      const length = answer.headers.get('content-length') ?? '';
      const expected = get.response.headers.get('content-length') ?? '';
      if (length !== expected) {
        throw failure(sent, t.length(path, length || '—', expected), t.lengthHint);
      }
    }
  });

  test(m.routesOnPathAlone.name, async ({ server }) => {
    const t = m.routesOnPathAlone;
    const query = await request(server, head(server, 'GET /?x=1 HTTP/1.1'));
    expectStatus(query, 200, t.query, t.queryHint);
    for (const target of [`http://${server.address}/`, `http://${server.address}/?x=1`]) {
      const absolute = await request(server, head(server, `GET ${target} HTTP/1.1`));
      expectStatus(absolute, 200, (line) => t.absolute(target, line), t.absoluteHint);
    }
    // In origin form the path is the target as it came, up to its ?: //missing is not /.
    const doubled = await request(server, head(server, 'GET //missing HTTP/1.1'));
    expectStatus(doubled, 404, t.doubled, t.doubledHint);
  });

  test(m.answers505ToOtherVersions.name, async ({ server }) => {
    const t = m.answers505ToOtherVersions;
    const http2 = await request(server, head(server, 'GET / HTTP/2.0'));
    expectStatus(http2, 505, t.not505, t.not505Hint);
    const http10 = await request(server, 'GET / HTTP/1.0\r\n\r\n');
    expectStatus(http10, 200, t.http10, t.http10Hint);
  });

  test(m.answers405And501ToOtherMethods.name, async ({ server }) => {
    const t = m.answers405And501ToOtherMethods;
    // The method decides before the path does; CONNECT is left out, as its target is no path.
    const defined = [
      'POST /',
      'PUT /',
      'DELETE /',
      'OPTIONS /',
      'PATCH /',
      'TRACE /',
      'POST /missing',
    ];
    for (const [method = '', path = ''] of defined.map((line) => line.split(' '))) {
      const answer = await request(
        server,
        head(server, `${method} ${path} HTTP/1.1`, 'Content-Length: 0'),
      );
      expectStatus(answer, 405, (line) => t.notAllowed(`${method} ${path}`, line), t.postHint);
      const allow = answer.response.headers.get('allow') ?? '';
      const allowed = allow.split(',').map((each) => each.trim());
      const listed = allowed.includes('GET') && allowed.includes('HEAD');
      if (!listed || allowed.includes(method)) throw failure(answer, t.allow(allow), t.allowHint);
      expectNoBody(answer, t.body(`${method} ${path}`), t.bodyHint);
    }
    const unknown = await request(server, head(server, 'FETCH / HTTP/1.1'));
    expectStatus(unknown, 501, t.unknown, t.unknownHint);
    expectNoBody(unknown, t.body('FETCH /'), t.bodyHint);
  });

  test(m.skipsEmptyLineBeforeRequest.name, async ({ server }) => {
    const answer = await request(server, `\r\n${head(server, 'GET / HTTP/1.1')}`);
    expectStatus(
      answer,
      200,
      m.skipsEmptyLineBeforeRequest.refused,
      m.skipsEmptyLineBeforeRequest.hint,
    );
  });

  test(m.answers400WithoutExactlyOneHost.name, async ({ server }) => {
    const t = m.answers400WithoutExactlyOneHost;
    const missing = await request(server, 'GET / HTTP/1.1\r\nAccept: */*\r\n\r\n');
    expectStatus(missing, 400, t.missing, t.missingHint);
    const two = await request(server, head(server, 'GET / HTTP/1.1', 'host: example.com'));
    expectStatus(two, 400, t.two, t.twoHint);
  });
});
