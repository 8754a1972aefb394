import { readFileSync } from 'node:fs';
import type { Request } from './request.ts';

/** Builds the whole response to a request: status line, headers, the empty line, the body. */
export function respond(request: Request): Buffer {
  if (request.method === 'GET' && request.target === '/sleep') {
    // TODO(step 5): hold this thread for SLEEP_MS milliseconds (5000 when SLEEP_MS is not set),
    // then answer exactly as for GET /. Block the thread itself: no timer, no await.
    // TR: Bu iş parçacığını SLEEP_MS milisaniye (SLEEP_MS yoksa 5000) bekletin, sonra tıpkı GET / gibi yanıtlayın. İş parçacığının kendisini engelleyin: zamanlayıcı yok, await yok.
    throw new Error('TODO(step 5): make GET /sleep sleep, then serve hello.html (see README.md)');
  }
  const [statusLine, page] =
    request.method === 'GET' && request.target === '/'
      ? ['HTTP/1.1 200 OK', 'hello.html']
      : ['HTTP/1.1 404 Not Found', '404.html'];
  // Relative to this file, not to wherever the server was started from.
  const body = readFileSync(new URL(page, import.meta.url));
  const head = [
    statusLine,
    `Content-Length: ${body.length}`,
    'Content-Type: text/html; charset=utf-8',
    'Connection: close',
  ];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body]);
}
