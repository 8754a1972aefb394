import type { Socket } from 'node:net';

export interface Request {
  method: string;
  target: string;
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
      const end = received.search(/\r?\n\r?\n/);
      if ((end === -1 ? received.length : end) > maxHeadLength) {
        stop();
        reject(new HttpError(431, 'Request Header Fields Too Large', 'The head is too long'));
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

export function parseRequest(head: string): Request {
  const [requestLine = '', ...headerLines] = head.split(/\r?\n/);
  const parts = requestLine.split(' ');
  const [method = '', target = '', version = ''] = parts;
  if (
    parts.length !== 3 ||
    !/^[A-Z]+$/.test(method) ||
    !target ||
    !/^HTTP\/\d\.\d$/.test(version)
  ) {
    throw new HttpError(
      400,
      'Bad Request',
      `Malformed request line: ${JSON.stringify(requestLine)}`,
    );
  }
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) {
      throw new HttpError(400, 'Bad Request', `Malformed header line: ${JSON.stringify(line)}`);
    }
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { method, target, version, headers };
}
