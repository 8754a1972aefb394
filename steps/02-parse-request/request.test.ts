import { describe } from 'vitest';
import { check } from '../../scripts/harness/learner-error.ts';
import { importLearnerModule } from '../../scripts/harness/learner-module.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import type * as Learner from './request.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const load = (folder: string) => importLearnerModule<typeof Learner>(folder, 'request.ts');
const json = (value: unknown) => JSON.stringify(value, null, 2);
// Headers in any order: only names and values matter.
const sorted = (headers: Record<string, string>) =>
  json(Object.fromEntries(Object.entries(headers).sort(([a], [b]) => (a < b ? -1 : 1))));

function expectParsed(
  parseRequest: typeof Learner.parseRequest,
  head: string,
  expected: Learner.Request,
): void {
  const parsed = parseRequest(head);
  const { method, target, version } = parsed;
  check(
    method === expected.method && target === expected.target && version === expected.version,
    () => ({
      message: m.parsedWrong.requestLine,
      expected: json({
        method: expected.method,
        target: expected.target,
        version: expected.version,
      }),
      received: json({ method, target, version }),
      plainText: true,
      hint: m.parsedWrongHint.requestLine,
    }),
  );
  check(sorted(parsed.headers) === sorted(expected.headers), () => ({
    message: m.parsedWrong.headers,
    expected: json(expected.headers),
    received: json(parsed.headers),
    plainText: true,
    hint: m.parsedWrongHint.headers,
  }));
}

/** Fails unless parseRequest throws an error of its own for a head with this request line. */
function expectRefused(
  parseRequest: typeof Learner.parseRequest,
  requestLine: string,
  told: { accepted: string; hint: string },
): void {
  let threw = false;
  let thrown: unknown;
  try {
    parseRequest(`${requestLine}\r\nHost: example.test`);
  } catch (error) {
    threw = !/TODO\(step \d+\)/.test(String(error));
    if (!threw) throw error;
    thrown = error;
  }
  check(threw, () => ({
    message: told.accepted,
    received: JSON.stringify(requestLine),
    hint: told.hint,
  }));
  // The message is what the server prints for a refused request: it must say something.
  const t = m.rejectsMalformedRequestLine;
  check(thrown instanceof Error && thrown.message.trim() !== '', () => ({
    message: t.unexplained(JSON.stringify(requestLine)),
    received: String(thrown),
    hint: t.unexplainedHint,
  }));
}

describe('parseRequest', () => {
  test(m.parsesCurlRequest.name, async ({ target }) => {
    const { parseRequest } = await load(target.folder);
    const head =
      'GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:7878\r\nUser-Agent: curl/8.5.0\r\nAccept: */*';
    expectParsed(parseRequest, head, {
      method: 'GET',
      target: '/index.html',
      version: 'HTTP/1.1',
      headers: { host: '127.0.0.1:7878', 'user-agent': 'curl/8.5.0', accept: '*/*' },
    });
  });

  test(m.parsesBrowserRequestWithColonsInValues.name, async ({ target }) => {
    const { parseRequest } = await load(target.folder);
    const lines = [
      'GET /sleep?seconds=5 HTTP/1.1',
      'Host: localhost:7878',
      'Connection: keep-alive',
      'sec-ch-ua: "Chromium";v="124", "Not-A.Brand";v="99"',
      'User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)',
      'Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
      'Referer: http://localhost:7878/',
      'Accept-Language: tr-TR,tr;q=0.9,en;q=0.8',
    ];
    expectParsed(parseRequest, lines.join('\r\n'), {
      method: 'GET',
      target: '/sleep?seconds=5',
      version: 'HTTP/1.1',
      headers: {
        host: 'localhost:7878',
        connection: 'keep-alive',
        'sec-ch-ua': '"Chromium";v="124", "Not-A.Brand";v="99"',
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)',
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
        referer: 'http://localhost:7878/',
        'accept-language': 'tr-TR,tr;q=0.9,en;q=0.8',
      },
    });
  });

  test(m.matchesHeaderNamesInAnyCase.name, async ({ target }) => {
    const { parseRequest } = await load(target.folder);
    const head =
      'POST /form HTTP/1.0\r\nHOST:   example.test  \r\ncontent-TYPE:text/plain\r\nX-Custom-Header: \t yes \r\nAccept: text/plain\r\naccept: */*';
    expectParsed(parseRequest, head, {
      method: 'POST',
      target: '/form',
      version: 'HTTP/1.0',
      headers: {
        host: 'example.test',
        'content-type': 'text/plain',
        'x-custom-header': 'yes',
        accept: '*/*',
      },
    });
  });

  test(m.rejectsMalformedRequestLine.name, async ({ target }) => {
    const { parseRequest } = await load(target.folder);
    const malformed = [
      '',
      'GET /',
      'GET / HTTP/1.1 extra',
      'GET  / HTTP/1.1',
      'GET / FTP/1.1',
      'GET / HTTP/',
      'GET / HTTP/one',
      'GET  HTTP/1.1',
      'GET / XHTTP/1.1',
      'GET / HTTP/1.1x',
      'GET / HTTP/1.10',
      'GET / HTTP/1x1',
      ' / HTTP/1.1',
      'GET / http/1.1',
      'HELLO',
      '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u01fc\u0003\u0003',
    ];
    for (const requestLine of malformed) {
      expectRefused(parseRequest, requestLine, m.rejectsMalformedRequestLine);
    }
  });

  test(m.rejectsLowerCaseMethod.name, async ({ target }) => {
    const { parseRequest } = await load(target.folder);
    const t = m.rejectsLowerCaseMethod;
    for (const requestLine of ['get / HTTP/1.1', 'Get / HTTP/1.1']) {
      expectRefused(parseRequest, requestLine, { accepted: t.lowerCase, hint: t.lowerCaseHint });
    }
    for (const requestLine of ['"GET" / HTTP/1.1', 'GET: / HTTP/1.1']) {
      expectRefused(parseRequest, requestLine, { accepted: t.notAToken, hint: t.notATokenHint });
    }
  });

  test(m.rejectsPartsNotSeparatedBySingleSpaces.name, async ({ target }) => {
    const { parseRequest } = await load(target.folder);
    const t = m.rejectsPartsNotSeparatedBySingleSpaces;
    const lines = [
      'GET\t/\tHTTP/1.1',
      'GET /\tHTTP/1.1',
      'GET\u00a0/ HTTP/1.1',
      ' GET / HTTP/1.1',
      'GET / HTTP/1.1 ',
    ];
    for (const requestLine of lines) {
      expectRefused(parseRequest, requestLine, t);
    }
  });
});
