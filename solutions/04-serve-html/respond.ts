import { readFileSync } from 'node:fs';
import type { Request } from './request.ts';

/** Builds the whole response to a request: status line, headers, the empty line, the body. */
export function respond(request: Request): Buffer {
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
