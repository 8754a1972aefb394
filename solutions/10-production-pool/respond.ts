import { readFileSync } from 'node:fs';
import type { Request } from './request.ts';

const sleepMs = Number(process.env.SLEEP_MS ?? 5000);
// Read once, at start: a read on every request would be a blocking call on the main thread each
// time. Relative to this file, not to wherever the server was started from.
const pages = {
  'hello.html': readFileSync(new URL('hello.html', import.meta.url)),
  '404.html': readFileSync(new URL('404.html', import.meta.url)),
};
/** The methods this server serves, as the Allow header lists them. */
const served = ['GET', 'HEAD'];
/** The methods HTTP defines: asked for one of the others, a server says 405, not 501. */
const known = [...served, 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'];

/** How to answer a request: the status line, the page if there is one, any more header lines. */
interface Answer {
  statusLine: string;
  page?: keyof typeof pages;
  headers?: string[];
}

/**
 * A response but for its Connection header: whether the connection stays open is the server's
 * call, made once the response is ready.
 */
export interface Response {
  head: string[];
  body: Uint8Array;
}

/** Builds the response to a request: status line, headers and body. */
export function respond(request: Request): Response {
  const { statusLine, page, headers = [] } = route(request);
  const body = page ? pages[page] : Buffer.alloc(0);
  const head = [
    statusLine,
    `Content-Length: ${body.length}`,
    ...(page ? ['Content-Type: text/html; charset=utf-8'] : []),
    ...headers,
  ];
  // HEAD asks for the head that GET would get, Content-Length included, and nothing more.
  return { head, body: request.method === 'HEAD' ? Buffer.alloc(0) : body };
}

/** The bytes of a response, with the Connection header that says whether more may follow. */
export function serialize({ head, body }: Response, close: boolean): Buffer {
  const connection = `Connection: ${close ? 'close' : 'keep-alive'}`;
  return Buffer.concat([Buffer.from(`${[...head, connection].join('\r\n')}\r\n\r\n`), body]);
}

/** Picks the answer to a request; a slow page takes its time first. */
function route(request: Request): Answer {
  if (!known.includes(request.method)) return { statusLine: 'HTTP/1.1 501 Not Implemented' };
  if (!served.includes(request.method)) {
    return {
      statusLine: 'HTTP/1.1 405 Method Not Allowed',
      headers: [`Allow: ${served.join(', ')}`],
    };
  }
  switch (request.path) {
    case '/':
      return { statusLine: 'HTTP/1.1 200 OK', page: 'hello.html' };
    case '/sleep':
      sleep(sleepMs);
      return { statusLine: 'HTTP/1.1 200 OK', page: 'hello.html' };
    default:
      return { statusLine: 'HTTP/1.1 404 Not Found', page: '404.html' };
  }
}

/** Holds the calling thread for `ms` milliseconds: nothing else runs on it in the meantime. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
