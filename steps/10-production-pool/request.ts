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
 * Reads the heads of one connection, one after another. The bytes of a connection are one
 * stream, not one message per chunk: a chunk may end in the middle of a head, or carry the next
 * request too (a client that pipelines). What follows a head stays here, for the next one.
 */
export class HeadReader {
  #socket: Socket;
  #received = '';
  #closed = false;
  /**
   * The head being waited for, if one is: how to settle its promise, and its timers. Kept in a
   * field, with the checks in methods, so that a request creates no new functions but its promise.
   */
  #waiting?: {
    resolve: (head: string | undefined) => void;
    reject: (error: HttpError) => void;
    quiet?: NodeJS.Timeout;
    deadline?: NodeJS.Timeout;
  };

  constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', (chunk: Buffer) => {
      // Latin-1 turns each byte into one character, so lengths count bytes, and it costs less
      // than decoding UTF-8; a head's bytes are ASCII anyway.
      this.#received += chunk.toString('latin1');
      this.#look();
    });
    socket.on('close', () => {
      this.#closed = true;
      this.#look();
    });
  }

  /** Whether the connection waits for a request of which no byte has come yet. */
  get idle(): boolean {
    return this.#waiting !== undefined && this.#received === '';
  }

  /**
   * Resolves with the next head (without the empty line that ends it), or with undefined if the
   * client leaves first or, when `idleMs` is given, sends nothing at all for that long. Rejects
   * with an HttpError when the head grows past maxHeadLength (431) or its bytes, once they have
   * begun, take longer than HEADER_TIMEOUT_MS (408).
   */
  next(idleMs?: number): Promise<string | undefined> {
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
      this.#socket.resume();
      // The head may be here already: a client that pipelines sent it with the one before.
      this.#look();
      if (!this.#waiting) return;
      if (this.#received === '' && idleMs !== undefined) {
        // A quiet connection is closed without an answer: no request of it is waiting.
        this.#waiting.quiet = setTimeout(() => this.#settle(undefined), idleMs);
      } else {
        this.#startDeadline();
      }
    });
  }

  /** Checks the buffer for the head being waited for: too long, whole, the client gone, or not yet. */
  #look(): void {
    if (!this.#waiting) return;
    const end = this.#received.indexOf('\r\n\r\n');
    const head = end === -1 ? this.#received : this.#received.slice(0, end + 4);
    if ((end === -1 ? this.#received.length : end) > maxHeadLength) {
      this.#settle(new HttpError(431, 'Request Header Fields Too Large', 'The head is too long'));
    } else if (bareLineEnd.test(head)) {
      // Where this server sees no line end, another reader (a proxy in front of it) may see
      // one, and the two would read different requests from the same bytes.
      this.#settle(new HttpError(400, 'Bad Request', 'A \\r or \\n that is not part of a \\r\\n'));
    } else if (end !== -1) {
      this.#received = this.#received.slice(end + 4);
      this.#settle(head.slice(0, end));
    } else if (this.#closed) {
      this.#settle(undefined);
    } else if (this.#received !== '') {
      this.#startDeadline();
    }
  }

  /**
   * One deadline for the whole head, from its first byte (from the connection's start for the
   * first head): a client that sends a byte now and then is never quiet.
   */
  #startDeadline(): void {
    const waiting = this.#waiting!;
    clearTimeout(waiting.quiet);
    waiting.deadline ??= setTimeout(
      () => this.#settle(new HttpError(408, 'Request Timeout', 'The head did not arrive in time')),
      headerTimeoutMs,
    );
  }

  /** Ends the wait, whichever way it ended, with its timers: none is left running. */
  #settle(outcome: string | undefined | HttpError): void {
    const waiting = this.#waiting!;
    this.#waiting = undefined;
    clearTimeout(waiting.deadline);
    clearTimeout(waiting.quiet);
    // Bytes of the next request wait in the socket until this one is answered.
    this.#socket.pause();
    if (outcome instanceof HttpError) waiting.reject(outcome);
    else waiting.resolve(outcome);
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
