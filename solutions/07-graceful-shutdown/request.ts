import type { Socket } from 'node:net';

export interface Request {
  method: string;
  target: string;
  version: string;
  /** Header values by header name, the names in lower case. */
  headers: Record<string, string>;
}

/**
 * Resolves with the request head (the request line and header lines, without the empty line
 * that ends them) once all of it has arrived, however many pieces TCP cut it into; resolves with
 * undefined if the client leaves first.
 */
export function readHead(socket: Socket): Promise<string | undefined> {
  return new Promise((resolve) => {
    let received = '';
    const onData = (chunk: string) => {
      received += chunk;
      const end = received.search(/\r?\n\r?\n/);
      if (end === -1) return;
      socket.off('data', onData);
      resolve(received.slice(0, end));
    };
    socket.setEncoding('utf8');
    socket.on('data', onData);
    socket.once('close', () => resolve(undefined));
  });
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
    throw new Error(`Malformed request line: ${JSON.stringify(requestLine)}`);
  }
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`Malformed header line: ${JSON.stringify(line)}`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { method, target, version, headers };
}
