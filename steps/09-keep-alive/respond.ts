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

// TODO(step 9): whether the connection stays open is the server's call, made once the response is
// ready. Return the response without its Connection header, as { head, body }, and add
// serialize(response, close) that writes Connection: close or keep-alive (see README.md).
// TR: Bağlantının açık kalıp kalmayacağına yanıt hazır olunca sunucu karar verir. Yanıtı Connection başlığı olmadan { head, body } olarak döndürün ve Connection: close ya da keep-alive yazan serialize(response, close) fonksiyonunu ekleyin (README.tr.md dosyasına bakın).
/** Builds the whole response to a request: status line, headers, the empty line, the body. */
export function respond(request: Request): Buffer {
  const { statusLine, page, headers = [] } = route(request);
  const body = page ? pages[page] : Buffer.alloc(0);
  const head = [
    statusLine,
    `Content-Length: ${body.length}`,
    ...(page ? ['Content-Type: text/html; charset=utf-8'] : []),
    ...headers,
    'Connection: close',
  ];
  // HEAD asks for the head that GET would get, Content-Length included, and nothing more.
  const sent = request.method === 'HEAD' ? [] : [body];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), ...sent]);
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
