import { readFileSync } from 'node:fs';
import type { Request } from './request.ts';

const sleepMs = Number(process.env.SLEEP_MS ?? 5000);

/** Builds the whole response to a request: status line, headers, the empty line, the body. */
export function respond(request: Request): Buffer {
  // TODO(step 8): answer HEAD with the head GET would get, Content-Length included, and no body.
  // TR: HEAD isteğine GET'in alacağı başlık bölümüyle, Content-Length dahil, gövdesiz yanıt verin.
  if (request.method === 'HEAD') {
    throw new Error('TODO(step 8): answer HEAD like GET, without the body (see README.md)');
  }
  const [statusLine, page] = route(request);
  // TODO(step 8): read each page once, at start, not on every request: the main thread now builds
  // most responses, and a read here would be a blocking call on it each time.
  // TR: Her sayfayı her istekte değil, bir kez, başlangıçta okuyun: yanıtların çoğunu artık ana iş parçacığı oluşturuyor ve buradaki bir okuma her seferinde onu engelleyen bir çağrı olurdu.
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

/** Picks the status line and the page for a request; a slow page takes its time first. */
function route(request: Request): [statusLine: string, page: string] {
  // TODO(step 8): route on request.path. Answer a method HTTP defines but this server does not
  // serve (POST, say) with 405 and an Allow header, and any other method with 501.
  // TR: Yönlendirmeyi request.path üzerinden yapın. HTTP'nin tanımladığı ama bu sunucunun hizmet vermediği bir yöntemi (örneğin POST) 405 ve bir Allow başlığıyla, başka her yöntemi 501 ile yanıtlayın.
  if (request.method !== 'GET') {
    throw new Error('TODO(step 8): answer 405 or 501 to a method other than GET (see README.md)');
  }
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
