import type { Socket } from 'node:net';

export interface Request {
  method: string;
  target: string;
  // TODO(step 8): parseRequest() fills in the path, which routing looks at: the target without
  // its query, or without the scheme and host of an absolute-form target (see README.md).
  // TR: parseRequest(), yönlendirmenin baktığı yolu (path) doldurur: hedefin sorgusuz hâli ya da mutlak biçimli (absolute-form) bir hedefin şema ve host'u çıkarılmış hâli (README.tr.md dosyasına bakın).
  path: string;
  version: string;
  /** Header values by header name, the names in lower case. */
  headers: Record<string, string>;
}

// TODO(step 8): readHead() and parseRequest() refuse a request by throwing or rejecting with an
// HttpError, which carries the status code the server sends back. The class and both limits are
// given; see README.md.
// TR: readHead() ve parseRequest() bir isteği, sunucunun geri göndereceği durum kodunu taşıyan bir HttpError fırlatarak ya da onunla reject ederek reddeder. Sınıf ve iki sınır hazır verildi; README.tr.md dosyasına bakın.
/** A request the server refuses, and the status code that tells the client why. */
export class HttpError extends Error {
  status: number;
  reason: string;

  constructor(status: number, reason: string, message: string) {
    super(message);
    this.status = status;
    this.reason = reason;
  }
}

/** The most a head may take: request line and header lines, in characters (ASCII: bytes). */
export const maxHeadLength = 8 * 1024;
const headerTimeoutMs = Number(process.env.HEADER_TIMEOUT_MS ?? 10_000);

/**
 * Resolves with the request head (the request line and header lines, without the empty line
 * that ends them) once all of it has arrived, however many pieces TCP cut it into; resolves with
 * undefined if the client leaves first.
 */
export function readHead(socket: Socket): Promise<string | undefined> {
  return new Promise((resolve) => {
    let received = '';
    // TODO(step 8): give the whole head one deadline. Start a timer of headerTimeoutMs here; if it
    // fires first, stop reading and reject with new HttpError(408, 'Request Timeout', …). Clear it
    // as soon as the head is settled, whichever way: complete, too long, or the client gone.
    // TR: Başlık bölümünün tamamına tek bir süre sınırı verin. Burada headerTimeoutMs'lik bir zamanlayıcı başlatın; önce o dolarsa okumayı bırakın ve new HttpError(408, 'Request Timeout', …) ile reject edin. Başlık bölümü nasıl sonuçlanırsa sonuçlansın (tamam, çok uzun ya da istemci gitti) zamanlayıcıyı hemen temizleyin.
    const onData = (chunk: string) => {
      received += chunk;
      // TODO(step 8): a head ends with \r\n\r\n and each of its lines with \r\n: refuse at once,
      // with new HttpError(400, 'Bad Request', …), a \r or a \n that is not part of a \r\n.
      // TR: Bir başlık bölümü \r\n\r\n ile, her satırı da \r\n ile biter: bir \r\n'nin parçası olmayan bir \r ya da \n'yi hemen new HttpError(400, 'Bad Request', …) ile reddedin.
      const end = received.search(/\r?\n\r?\n/);
      // Too long whether or not its end has arrived: a client may send a huge head in one piece.
      if ((end === -1 ? received.length : end) > maxHeadLength) {
        // TODO(step 8): stop reading, and reject with new HttpError(431, 'Request Header Fields
        // Too Large', …): a head that never ends must not fill the server's memory.
        // TR: Okumayı bırakın ve new HttpError(431, 'Request Header Fields Too Large', …) ile reject edin: hiç bitmeyen bir başlık bölümü sunucunun belleğini doldurmamalı.
        throw new Error('TODO(step 8): refuse a head longer than maxHeadLength (see README.md)');
      }
      if (end === -1) return;
      socket.off('data', onData);
      resolve(received.slice(0, end));
    };
    // TODO(step 8): read the head as bytes: drop setEncoding, and add chunk.toString('latin1') in
    // onData, so that the head's length counts bytes and no UTF-8 decoding slows each request.
    // TR: Başlık bölümünü bayt olarak okuyun: setEncoding'i kaldırın ve onData içine chunk.toString('latin1') ekleyin; böylece başlık bölümünün uzunluğu baytları sayar ve her istek UTF-8 çözümlemesiyle yavaşlamaz.
    socket.setEncoding('utf8');
    socket.on('data', onData);
    socket.once('close', () => resolve(undefined));
  });
}

export function parseRequest(head: string): Request {
  // TODO(step 8): skip one empty line (\r\n) that comes before the request line.
  // TR: İstek satırından önce gelen tek bir boş satırı (\r\n) atlayın.
  if (head.startsWith('\r\n')) {
    throw new Error('TODO(step 8): skip the empty line before the request line (see README.md)');
  }
  const [requestLine = '', ...headerLines] = head.split(/\r?\n/);
  const parts = requestLine.split(' ');
  const [method = '', target = '', version = ''] = parts;
  if (
    parts.length !== 3 ||
    !/^[A-Z]+$/.test(method) ||
    !target ||
    !/^HTTP\/\d\.\d$/.test(version)
  ) {
    // TODO(step 8): throw new HttpError(400, 'Bad Request', …) here and for a malformed header
    // line below, so that the server can tell the client's mistakes from its own.
    // TR: Burada ve aşağıdaki bozuk başlık satırı için new HttpError(400, 'Bad Request', …) fırlatın; böylece sunucu istemcinin hatalarını kendi hatalarından ayırabilir.
    throw new Error(`Malformed request line: ${JSON.stringify(requestLine)}`);
  }
  // TODO(step 8): refuse with 400 a method that is not a token, and a target that is neither
  // /path nor http://host/path. Take the path out of the target. A version other than HTTP/1.0
  // and HTTP/1.1 gets new HttpError(505, 'HTTP Version Not Supported', …).
  // TR: Token olmayan bir yöntemi ve ne /yol ne de http://host/yol olan bir hedefi 400 ile reddedin. Yolu hedeften çıkarın. HTTP/1.0 ve HTTP/1.1 dışındaki bir sürüme new HttpError(505, 'HTTP Version Not Supported', …) verin.
  if (version !== 'HTTP/1.1' && version !== 'HTTP/1.0') {
    throw new Error(
      'TODO(step 8): answer 505 to a version the server does not speak (see README.md)',
    );
  }
  if (!target.startsWith('/') || target.includes('?')) {
    throw new Error('TODO(step 8): take the path out of the target (see README.md)');
  }
  const path = target;
  const headers: Record<string, string> = {};
  // TODO(step 8): refuse with 400 a header name that is not a token (a space before the colon
  // included), a value with a control character, a second Host or Content-Length line, a
  // Content-Length that is not digits, and an HTTP/1.1 request without Host.
  // TR: Token olmayan bir başlık adını (iki noktadan önceki boşluk dahil), denetim karakteri içeren bir değeri, ikinci bir Host ya da Content-Length satırını, rakamlardan oluşmayan bir Content-Length'i ve Host'suz bir HTTP/1.1 isteğini 400 ile reddedin.
  for (const line of headerLines) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`Malformed header line: ${JSON.stringify(line)}`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { method, target, path, version, headers };
}
