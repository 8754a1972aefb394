import type { Request } from './request.ts';

/** Builds the whole response to a request: status line, headers, the empty line, the body. */
export function respond(request: Request): Buffer {
  // TODO(step 4): choose first: GET / gets the status line HTTP/1.1 200 OK and hello.html, any
  // other request a 404 status and 404.html. Then read that page from this file's own folder, and
  // put together the status line, the headers (Content-Length, Content-Type, Connection), the empty
  // line, and the page.
  // TR: Önce seçin: GET / isteği HTTP/1.1 200 OK durum satırını ve hello.html dosyasını alır, öbür her istek 404 durumunu ve 404.html dosyasını. Sonra o sayfayı bu dosyanın kendi klasöründen okuyun; durum satırını, başlıkları (Content-Length, Content-Type, Connection), boş satırı ve sayfayı birleştirin.
  throw new Error('TODO(step 4): build the response in respond.ts (see README.md)');
}
