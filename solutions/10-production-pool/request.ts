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
 * Reads the heads of one connection, one after another. The bytes of a connection are one
 * stream, not one message per chunk: a chunk may end in the middle of a head, or carry the next
 * request too (a client that pipelines). What follows a head stays here, for the next one.
 */
export class HeadReader {
  #socket: Socket;
  #received = '';
  #closed = false;
  #waiting = false;
  /** Wakes the head being waited for: bytes came, or the client left. */
  #wake = () => {};

  constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', (chunk: Buffer) => {
      // Latin-1 turns each byte into one character, so lengths count bytes, and it costs less
      // than decoding UTF-8; a head's bytes are ASCII anyway.
      this.#received += chunk.toString('latin1');
      this.#wake();
    });
    socket.on('close', () => {
      this.#closed = true;
      this.#wake();
    });
  }

  /** Whether the connection waits for a request of which no byte has come yet. */
  get idle(): boolean {
    return this.#waiting && this.#received === '';
  }

  /**
   * Resolves with the next head (without the empty line that ends it), or with undefined if the
   * client leaves first or, when `idleMs` is given, sends nothing at all for that long. Rejects
   * with an HttpError when the head grows past maxHeadLength (431) or its bytes, once they have
   * begun, take longer than HEADER_TIMEOUT_MS (408).
   */
  next(idleMs?: number): Promise<string | undefined> {
    return new Promise((resolve, reject) => {
      let deadline: NodeJS.Timeout | undefined;
      const startDeadline = () => {
        deadline ??= setTimeout(() => {
          stop();
          reject(new HttpError(408, 'Request Timeout', 'The head did not arrive in time'));
        }, headerTimeoutMs);
      };
      // A quiet connection is closed without an answer: no request of it is waiting.
      const quiet =
        idleMs === undefined
          ? undefined
          : setTimeout(() => {
              stop();
              resolve(undefined);
            }, idleMs);
      const stop = () => {
        clearTimeout(deadline);
        clearTimeout(quiet);
        this.#waiting = false;
        this.#wake = () => {};
        // Bytes of the next request wait in the socket until this one is answered.
        this.#socket.pause();
      };
      const look = () => {
        const end = /\r?\n\r?\n/.exec(this.#received);
        if ((end ? end.index : this.#received.length) > maxHeadLength) {
          stop();
          reject(new HttpError(431, 'Request Header Fields Too Large', 'The head is too long'));
        } else if (end) {
          stop();
          resolve(this.#received.slice(0, end.index));
          this.#received = this.#received.slice(end.index + end[0].length);
        } else if (this.#closed) {
          stop();
          resolve(undefined);
        } else if (this.#received !== '' || idleMs === undefined) {
          // One deadline for the whole head, from its first byte (from the connection's start for
          // the first head): a client that sends a byte now and then is never quiet.
          clearTimeout(quiet);
          startDeadline();
        }
      };
      this.#waiting = true;
      this.#wake = look;
      this.#socket.resume();
      look();
    });
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
