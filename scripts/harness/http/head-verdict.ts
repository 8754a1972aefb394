import type { Reply } from '../clients/tcp-client.ts';

/**
 * What is wrong with a server's reply to a head, given the status node:http answered it with.
 * A head node:http refuses must get 400. Three other refusals are right too when the request line
 * alone earns them, since a server may judge the request line before it reads the header lines:
 * 505 for a well-formed version other than HTTP/1.0 and HTTP/1.1, 501 for a method the server
 * does not know, and 405 for one it knows but does not serve. A head node:http answers must be
 * answered: not refused as malformed (400), too large (431) or too slow (408), and not with an
 * error of the server's own (5xx other than 501 and 505).
 */
export type Mistake =
  | { kind: 'silent' | 'closed' | 'notHttp' }
  | { kind: 'accepted' | 'refused' | 'serverError'; status: number };

/** The methods HTTP defines (RFC 9110, and PATCH) that the server does not serve. */
const knownUnserved = ['POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'];

export function judgeReply(head: string, reference: number, reply: Reply): Mistake | undefined {
  if (reply.bytes.length === 0) return { kind: reply.ended === 'timeout' ? 'silent' : 'closed' };
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(reply.bytes.toString('latin1', 0, 12))?.[1]);
  if (!status) return { kind: 'notHttp' };
  if (reference === 400) {
    return status === 400 || earnedByRequestLine(head).includes(status)
      ? undefined
      : { kind: 'accepted', status };
  }
  if ([400, 408, 431].includes(status)) return { kind: 'refused', status };
  if (status >= 500 && status !== 501 && status !== 505) return { kind: 'serverError', status };
  return undefined;
}

/** The refusals other than 400 that a head's request line earns, if it is well-formed. */
function earnedByRequestLine(head: string): number[] {
  const line = /^(?:\r\n)?([-!#$%&'*+.^_`|~0-9A-Za-z]+) [\x21-\x7e]+ (HTTP\/\d\.\d)\r\n/.exec(head);
  if (!line) return [];
  const [, method = '', version] = line;
  const earned = version === 'HTTP/1.1' || version === 'HTTP/1.0' ? [] : [505];
  if (knownUnserved.includes(method)) earned.push(405);
  else if (method !== 'GET' && method !== 'HEAD') earned.push(501);
  return earned;
}
