import { readFileSync } from 'node:fs';
import type { Request } from './request.ts';

const sleepMs = Number(process.env.SLEEP_MS ?? 5000);
// Read once, at start: a read on every request would be a blocking call on the main thread each
// time. Relative to this file, not to wherever the server was started from.
const pages = {
  'hello.html': readFileSync(new URL('hello.html', import.meta.url)),
  '404.html': readFileSync(new URL('404.html', import.meta.url)),
};

// TODO(step 9): whether the connection stays open is the server's call, made once the response is
// ready. Return the response without its Connection header, as { head, body }, and add
// serialize(response, close) that writes Connection: close or keep-alive (see README.md).
// TR: Bağlantının açık kalıp kalmayacağına yanıt hazır olunca sunucu karar verir. Yanıtı Connection başlığı olmadan { head, body } olarak döndürün ve Connection: close ya da keep-alive yazan serialize(response, close) fonksiyonunu ekleyin (README.tr.md dosyasına bakın).
/** Builds the whole response to a request: status line, headers, the empty line, the body. */
export function respond(request: Request): Buffer {
  const [statusLine, page] = route(request);
  const body = pages[page];
  const head = [
    statusLine,
    `Content-Length: ${body.length}`,
    'Content-Type: text/html; charset=utf-8',
    'Connection: close',
  ];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body]);
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
