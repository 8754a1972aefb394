import type { Socket } from 'node:net';

export interface Request {
  method: string;
  target: string;
  /** What the target names, without a query, a scheme or a host: what routing looks at. */
  path: string;
  version: string;
  /** Header values by header name, the names in lower case. */
  headers: Record<string, string>;
}

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

/** The most a head may take: request line and header lines, in bytes. */
export const maxHeadLength = 8 * 1024;
const headerTimeoutMs = Number(process.env.HEADER_TIMEOUT_MS ?? 10_000);
/** A \r not followed by \n, or a \n without its \r; a \r at the very end may still get its \n. */
const bareLineEnd = /\r(?=[^\n])|(?<!\r)\n/;
/** The characters of a token (RFC 9110), which method names and header names are made of. */
const token = /^[-!#$%&'*+.^_`|~0-9A-Za-z]+$/;
/** The control characters, which a header value must not hold: all but the tab. */
const controlCharacter = /[\0-\x08\n-\x1f\x7f]/;

/**
 * Resolves with the request head (the request line and header lines, without the empty line
 * that ends them) once all of it has arrived, however many pieces TCP cut it into; resolves with
 * undefined if the client leaves first. Rejects with an HttpError when the head grows past
 * maxHeadLength (431) or takes longer than HEADER_TIMEOUT_MS to arrive (408).
 */
export function readHead(socket: Socket): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    let received = '';
    const stop = () => {
      clearTimeout(deadline);
      socket.off('data', onData);
      socket.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      // Latin-1 turns each byte into one character, so lengths count bytes, and it costs less
      // than decoding UTF-8; a head's bytes are ASCII anyway.
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if ((end === -1 ? received.length : end) > maxHeadLength) {
        stop();
        reject(new HttpError(431, 'Request Header Fields Too Large', 'The head is too long'));
      } else if (bareLineEnd.test(end === -1 ? received : received.slice(0, end + 4))) {
        // Where this server sees no line end, another reader (a proxy in front of it) may see
        // one, and the two would read different requests from the same bytes.
        stop();
        reject(new HttpError(400, 'Bad Request', 'A \\r or \\n that is not part of a \\r\\n'));
      } else if (end !== -1) {
        stop();
        resolve(received.slice(0, end));
      }
    };
    const onClose = () => {
      stop();
      resolve(undefined);
    };
    // One deadline for the whole head: a client that sends a byte now and then is never idle.
    const deadline = setTimeout(() => {
      stop();
      reject(new HttpError(408, 'Request Timeout', 'The head did not arrive in time'));
    }, headerTimeoutMs);
    socket.on('data', onData);
    socket.on('close', onClose);
  });
}

// TODO(step 9): a connection now carries many requests, one after another, and one chunk may hold
// the end of a head and the start of the next. readHead() loses both: it keeps no bytes between
// calls, and between its calls nobody listens for 'data'. Write HeadReader instead: one buffer and
// one 'data' listener for the connection's whole life, then remove readHead (see README.md).
// TR: Bir bağlantı artık art arda birçok istek taşıyor ve tek bir parça bir başlık bölümünün sonunu da bir sonrakinin başını da içerebilir. readHead() ikisini de kaybeder: çağrıları arasında hiçbir bayt saklamaz ve o arada 'data' olayını dinleyen de yoktur. Bunun yerine HeadReader'ı yazın: bağlantının bütün ömrü boyunca tek bir tampon ve tek bir 'data' dinleyicisi; sonra readHead'i kaldırın (README.tr.md dosyasına bakın).
export class HeadReader {
  #socket: Socket;

  constructor(socket: Socket) {
    this.#socket = socket;
  }

  /** Whether the connection waits for a request of which no byte has come yet. */
  get idle(): boolean {
    throw new Error(
      'TODO(step 9): say whether no byte of the next request has come (see README.md)',
    );
  }

  /**
   * Resolves with the next head, or with undefined if the client leaves first or, when `idleMs`
   * is given, sends nothing at all for that long; rejects like readHead().
   */
  next(idleMs?: number): Promise<string | undefined> {
    throw new Error(
      'TODO(step 9): read the next head from the buffer of this connection (see README.md)',
    );
  }
}

/**
 * Reads a head by the rules of HTTP/1.1 (RFC 9112). Throws an HttpError with 400 for anything the
 * rules forbid, and with 505 for a version other than HTTP/1.0 and HTTP/1.1.
 */
export function parseRequest(head: string): Request {
  // A server may skip one empty line before the request line: some clients send a \r\n after
  // the body of their previous request.
  const [requestLine = '', ...headerLines] = head.replace(/^\r\n/, '').split('\r\n');
  const parts = requestLine.split(' ');
  const [method = '', target = '', version = ''] = parts;
  const path = pathOf(target);
  if (
    parts.length !== 3 ||
    !token.test(method) ||
    path === undefined ||
    !/^HTTP\/\d\.\d$/.test(version)
  ) {
    throw badRequest('Malformed request line', requestLine);
  }
  if (version !== 'HTTP/1.1' && version !== 'HTTP/1.0') {
    throw new HttpError(505, 'HTTP Version Not Supported', `Version ${version}`);
  }
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).toLowerCase();
    // Spaces and tabs around a value are not part of it.
    const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
    if (colon === -1 || !token.test(name) || controlCharacter.test(value)) {
      throw badRequest('Malformed header line', line);
    }
    // Two of these could mean two different requests to two different readers.
    if ((name === 'host' || name === 'content-length') && name in headers) {
      throw badRequest('A second header line of the same name', line);
    }
    headers[name] = value;
  }
  const length = headers['content-length'];
  if (length !== undefined && !/^\d+$/.test(length)) throw badRequest('Bad Content-Length', length);
  // HTTP/1.1 needs the host: one address may serve many sites.
  if (version === 'HTTP/1.1' && headers.host === undefined) {
    throw badRequest('No Host header', requestLine);
  }
  return { method, target, path, version, headers };
}

/**
 * The path of a target in origin form (`/page?query`), or in absolute form
 * (`http://host:port/page?query`), which a server must accept too. Undefined for anything else,
 * and for a target with a space, a control character, or a byte beyond ASCII.
 */
function pathOf(target: string): string | undefined {
  if (!/^[\x21-\x7e]+$/.test(target)) return undefined;
  if (target.startsWith('/')) return target.split('?')[0];
  if (!/^https?:\/\//i.test(target) || !URL.canParse(target)) return undefined;
  return new URL(target).pathname;
}

function badRequest(what: string, text: string): HttpError {
  return new HttpError(400, 'Bad Request', `${what}: ${JSON.stringify(text)}`);
}
