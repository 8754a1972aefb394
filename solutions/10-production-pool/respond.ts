import { readFileSync } from 'node:fs';
import type { Request } from './request.ts';

const sleepMs = Number(process.env.SLEEP_MS ?? 5000);
// Read once, at start: a read on every request would be a blocking call on the main thread each
// time. Relative to this file, not to wherever the server was started from.
const pages = {
  'hello.html': readFileSync(new URL('hello.html', import.meta.url)),
  '404.html': readFileSync(new URL('404.html', import.meta.url)),
};

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
  const [statusLine, page] = route(request);
  const body = pages[page];
  const head = [
    statusLine,
    `Content-Length: ${body.length}`,
    'Content-Type: text/html; charset=utf-8',
  ];
  return { head, body };
}

/** The bytes of a response, with the Connection header that says whether more may follow. */
export function serialize({ head, body }: Response, close: boolean): Buffer {
  const connection = `Connection: ${close ? 'close' : 'keep-alive'}`;
  return Buffer.concat([Buffer.from(`${[...head, connection].join('\r\n')}\r\n\r\n`), body]);
}

/** Picks the status line and the page for a request; a slow page takes its time first. */
function route(request: Request): [statusLine: string, page: keyof typeof pages] {
  switch (`${request.method} ${request.target}`) {
    case 'GET /':
      return ['HTTP/1.1 200 OK', 'hello.html'];
    case 'GET /sleep':
      sleep(sleepMs);
      return ['HTTP/1.1 200 OK', 'hello.html'];
    default:
      return ['HTTP/1.1 404 Not Found', '404.html'];
  }
}

/** Holds the calling thread for `ms` milliseconds: nothing else runs on it in the meantime. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
