import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { expectBadRequestAnswered } from '../../scripts/harness/http/bad-request.ts';
import { expectHttpByHand } from '../../scripts/harness/http/http-by-hand.ts';
import {
  expectBody,
  expectContentLength,
  expectStatus,
  get,
  request,
  type Answer,
} from '../../scripts/harness/http/http-checks.ts';
import { LearnerError } from '../../scripts/harness/learner-error.ts';
import { expect500s, withFailingRespond } from '../../scripts/harness/failing-respond.ts';
import { failure } from '../../scripts/harness/http/read-response.ts';
import type { ServerProcess } from '../../scripts/harness/server-process.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import type { Target } from '../../scripts/harness/target.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);

const pages = (target: Target) => ({
  hello: readFileSync(join(target.folder, 'hello.html')),
  notFound: readFileSync(join(target.folder, '404.html')),
});

/** The response the reference gives, shown beside a wrong one. */
function expectedResponse(statusLine: string, page: Buffer): string {
  const head = [
    statusLine,
    `Content-Length: ${page.length}`,
    'Content-Type: text/html; charset=utf-8',
    'Connection: close',
  ];
  return `${head.join('\r\n')}\r\n\r\n${page.toString('utf8')}`;
}

async function getHello(server: ServerProcess, target: Target): Promise<Answer> {
  const { hello, notFound } = pages(target);
  const t = m.servesHelloHtmlOnRoot;
  const answer = await get(server, '/', expectedResponse('HTTP/1.1 200 OK', hello));
  expectStatus(answer, [200], t.statusHint);
  const { reason } = answer.response;
  if (reason.toUpperCase() !== 'OK') throw failure(answer, t.wrongReason(reason), t.statusHint);
  if (answer.response.body.equals(notFound)) throw failure(answer, t.served404, t.bodyHint);
  expectBody(answer, 'hello.html', hello, t.bodyHint);
  return answer;
}

/** Fails unless the response says its body is HTML in UTF-8. */
function expectHtmlInUtf8(answer: Answer, hint: string): void {
  const t = m.labelsPageAsUtf8Html;
  const value = answer.response.headers.get('content-type');
  if (value === undefined) throw failure(answer, t.missing, hint);
  const [type, ...parameters] = value.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'text/html') throw failure(answer, t.wrongType(value), hint);
  const charset = parameters.find((part) => part.startsWith('charset='))?.slice(8);
  const utf8 = ['utf-8', 'utf8', '"utf-8"'].includes(charset ?? '');
  if (!utf8) throw failure(answer, t.noCharset(value), hint);
}

/** Fails unless the response announces that the server closes the connection. */
function expectConnectionClose(answer: Answer, hint: string): void {
  const value = answer.response.headers.get('connection');
  const close = value?.split(',').some((option) => option.trim().toLowerCase() === 'close');
  if (!close) throw failure(answer, m.announcesAndClosesConnection.missing(value), hint);
}

/** Fails unless the answer is the 404: its status line, 404.html, and the same three headers. */
function expectNotFoundPage(answer: Answer, notFound: Buffer): void {
  const t = m.answersOtherPathsWith404;
  expectStatus(answer, [404], t.statusHint);
  const { reason } = answer.response;
  if (reason.toUpperCase() !== 'NOT FOUND')
    throw failure(answer, t.wrongReason(reason), t.statusHint);
  expectBody(answer, '404.html', notFound, t.bodyHint);
  // The same three headers as for hello.html: one head, built for whichever page was chosen.
  if (!answer.response.headers.has('content-length'))
    throw failure(answer, t.noContentLength, t.headersHint);
  expectHtmlInUtf8(answer, t.headersHint);
  expectConnectionClose(answer, t.headersHint);
}

describe('step 4', () => {
  // These two start a server each: side by side, the step's checks take one start-up, not two.
  test.concurrent(m.servesHelloHtmlOnRoot.name, async ({ server, target }) => {
    await getHello(server, target);
  });

  test.concurrent(m.findsPagesFromAnotherFolder.name, async ({ launch, target }) => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'workbook-elsewhere-'));
    try {
      await getHello(await launch({ cwd: elsewhere }), target);
    } catch (error) {
      // A page looked for in the working folder is missing there, and Node says ENOENT.
      const output = error instanceof LearnerError ? (error.output ?? '') : '';
      if (!/ENOENT/.test(output)) throw error;
      throw new LearnerError({
        message: m.findsPagesFromAnotherFolder.lost(elsewhere),
        hint: m.findsPagesFromAnotherFolder.hint,
        output,
      });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test(m.saysPageLengthInBytes.name, async ({ server, target }) => {
    // The length itself is checked against the body with every response that carries it.
    expectContentLength(await getHello(server, target));
  });

  test(m.labelsPageAsUtf8Html.name, async ({ server, target }) => {
    expectHtmlInUtf8(await getHello(server, target), m.labelsPageAsUtf8Html.hint);
  });

  test(m.announcesAndClosesConnection.name, async ({ server, target }) => {
    // get() has already checked that the server closed the connection; this is the header.
    expectConnectionClose(await getHello(server, target), m.announcesAndClosesConnection.hint);
  });

  test(m.answersOtherPathsWith404.name, async ({ server, target }) => {
    const { notFound } = pages(target);
    // Files of the step's folder are no pages to serve, and no path leads out of it.
    const paths = ['/does-not-exist', '/favicon.ico', '/index.html', '/hello.html', '/server.ts'];
    for (const path of [...paths, '/../../etc/passwd']) {
      const answer = await get(server, path, expectedResponse('HTTP/1.1 404 Not Found', notFound));
      expectNotFoundPage(answer, notFound);
    }
  });

  test(m.servesHttp10Too.name, async ({ server, target }) => {
    const { hello } = pages(target);
    // An HTTP/1.0 client may leave out Host: the request line alone names the page.
    const answer = await request(
      server,
      'GET / HTTP/1.0\r\n\r\n',
      expectedResponse('HTTP/1.1 200 OK', hello),
    );
    expectStatus(answer, [200], m.servesHttp10Too.hint);
    expectBody(answer, 'hello.html', hello, m.servesHttp10Too.hint);
  });

  test(m.answersQueryStringWith404.name, async ({ server, target }) => {
    const t = m.answersQueryStringWith404;
    const { notFound } = pages(target);
    const answer = await get(
      server,
      '/?name=value',
      expectedResponse('HTTP/1.1 404 Not Found', notFound),
    );
    expectStatus(answer, [404], t.hint);
    expectBody(answer, '404.html', notFound, t.hint);
  });

  test(m.answersOtherMethodsWith404Or405.name, async ({ server, target }) => {
    const t = m.answersOtherMethodsWith404Or405;
    const { notFound } = pages(target);
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const head = `${method} / HTTP/1.1\r\nHost: ${server.address}\r\nContent-Length: 0\r\n\r\n`;
      const answer = await request(server, head);
      expectStatus(answer, [404, 405], t.hint);
      // A 405 may carry any page; a 404 is the Rust book's answer, the same as for any other path.
      if (answer.response.status === 404 && !answer.response.body.equals(notFound)) {
        throw failure(answer, t.wrongPage(`${method} /`), t.wrongPageHint);
      }
      if (answer.response.status === 404) expectNotFoundPage(answer, notFound);
    }
  });

  test(m.answers500WhenRespondFails.name, async ({ launch, target }) => {
    const copy = withFailingRespond(target);
    try {
      await expect500s(await launch({ folder: copy.folder }), ['/'], m.answers500WhenRespondFails);
    } finally {
      copy.remove();
    }
  });

  test(m.answersBadRequest.name, async ({ server }) => {
    await expectBadRequestAnswered(server);
  });

  test(m.buildsOnNetAlone.name, ({ target }) => {
    expectHttpByHand(target.folder, target.files);
  });
});
