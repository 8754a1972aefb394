/**
 * Request heads to judge a server by, written by hand: correct ones that a server must answer,
 * and broken ones, each broken in one way, that it must refuse. Every string is one character a
 * byte (Latin-1), and every head ends with the empty line, so a server that waits for it has it.
 */

/** One way a head breaks the rules of HTTP/1.1 (RFC 9110, RFC 9112). */
export type Flaw =
  | 'noHost'
  | 'twoHosts'
  | 'spaceBeforeColon'
  | 'nameNotToken'
  | 'noColon'
  | 'foldedLine'
  | 'bareCr'
  | 'bareLf'
  | 'controlInValue'
  | 'badContentLength'
  | 'twoContentLengths'
  | 'methodNotToken'
  | 'unknownMethod'
  | 'badTarget'
  | 'badVersion'
  | 'unsupportedVersion'
  | 'requestLineSpaces';

/** Something unusual that a correct head may hold, and a server must still answer. */
export type Feature =
  | 'plain'
  | 'head'
  | 'query'
  | 'absoluteForm'
  | 'leadingEmptyLine'
  | 'http10WithoutHost'
  | 'emptyHost'
  | 'tabInValue'
  | 'obsTextInValue'
  | 'spacesAroundValue'
  | 'emptyValue'
  | 'tokenName'
  | 'contentLength'
  | 'otherMethod'
  | 'otherVersion'
  | 'oddPath';

export interface Head {
  /** The head, one character a byte, ending with the empty line. */
  text: string;
  /** What is wrong with it; undefined for a correct head. */
  flaw?: Flaw;
  /** What is unusual about a correct head. */
  feature?: Feature;
}

export const host = 'Host: 127.0.0.1:7878';
const get = (...lines: string[]) => ['GET / HTTP/1.1', host, ...lines, '', ''].join('\r\n');
const line = (requestLine: string) => `${requestLine}\r\n${host}\r\n\r\n`;
const ok = (feature: Feature, text: string): Head => ({ text, feature });
const bad = (flaw: Flaw, text: string): Head => ({ text, flaw });

export const handWrittenHeads: readonly Head[] = [
  ok('plain', get()),
  ok('plain', get('User-Agent: curl/8.5.0', 'Accept: */*')),
  ok('head', line('HEAD / HTTP/1.1')),
  ok('head', line('HEAD /missing HTTP/1.1')),
  ok('query', line('GET /?x=1 HTTP/1.1')),
  ok('query', line('GET /missing?to=/ HTTP/1.1')),
  ok('absoluteForm', line('GET http://127.0.0.1:7878/ HTTP/1.1')),
  ok('absoluteForm', line('GET http://example.com/missing?x=1 HTTP/1.1')),
  ok('leadingEmptyLine', `\r\n${get()}`),
  ok('http10WithoutHost', 'GET / HTTP/1.0\r\n\r\n'),
  ok('emptyHost', 'GET / HTTP/1.1\r\nHost:\r\n\r\n'),
  ok('tabInValue', get('User-Agent: a\tb')),
  ok('obsTextInValue', get('X-Name: Beyoncé'.replace('é', '\xe9'))),
  ok('obsTextInValue', get('X-Bytes: \x80\xff')),
  ok('spacesAroundValue', get('Accept: \t */* \t')),
  ok('spacesAroundValue', 'GET / HTTP/1.1\r\nHost:127.0.0.1\r\n\r\n'),
  ok('emptyValue', get('X-Empty:')),
  ok('tokenName', get("X-!#$%&'*+.^_`|~0: 1")),
  ok('tokenName', get('host-name: not the Host header')),
  ok('contentLength', get('Content-Length: 0')),
  ok('contentLength', get('Content-Length: 12')),
  ok('otherMethod', line('POST / HTTP/1.1')),
  ok('otherMethod', line('DELETE /missing HTTP/1.1')),
  ok('otherMethod', line('OPTIONS / HTTP/1.1')),
  ok('otherMethod', line('PROPFIND / HTTP/1.1')),
  ok('otherVersion', line('GET / HTTP/2.0')),
  ok('otherVersion', line('GET / HTTP/0.9')),
  ok('oddPath', line('GET /%zz HTTP/1.1')),
  ok('oddPath', line('GET //missing HTTP/1.1')),
  ok('oddPath', line("GET /a-b_c.d~e!$&'()*+,;=:@ HTTP/1.1")),

  bad('noHost', 'GET / HTTP/1.1\r\n\r\n'),
  bad('noHost', 'GET / HTTP/1.1\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\n\r\n'),
  bad('twoHosts', get('Host: example.com')),
  bad('twoHosts', get('host: 127.0.0.1:7878')),
  bad('twoHosts', 'GET / HTTP/1.0\r\nHost: a.example\r\nHOST: b.example\r\n\r\n'),
  bad('spaceBeforeColon', 'GET / HTTP/1.1\r\nHost : 127.0.0.1\r\n\r\n'),
  bad('spaceBeforeColon', get('Accept\t: */*')),
  bad('nameNotToken', get('X(1): 1')),
  bad('nameNotToken', get('X Name: 1')),
  bad('nameNotToken', get('X-Caf\xe9: 1')),
  bad('nameNotToken', get('X\x01: 1')),
  bad('nameNotToken', get(': no name')),
  bad('noColon', get('NoColonHere')),
  bad('foldedLine', get('X-Long: one', ' two')),
  bad('foldedLine', `GET / HTTP/1.1\r\n ${host}\r\n\r\n`),
  bad('bareCr', get('X-A: 1\rX-B: 2')),
  bad('bareCr', `GET / HTTP/1.1\r${host}\r\n\r\n`),
  bad('bareCr', get('X-A: 1\r')),
  bad('bareLf', `GET / HTTP/1.1\n${host}\n\n`),
  bad('bareLf', get('X-A: 1\nX-B: 2')),
  bad('controlInValue', get('X-A: a\x00b')),
  bad('controlInValue', get('X-A: a\x1bb')),
  bad('controlInValue', get('X-A: a\x7f')),
  bad('badContentLength', get('Content-Length: abc')),
  bad('badContentLength', get('Content-Length: -1')),
  bad('badContentLength', get('Content-Length: +1')),
  bad('badContentLength', get('Content-Length: 1 2')),
  bad('badContentLength', get('Content-Length: 0x10')),
  bad('badContentLength', get('Content-Length:')),
  bad('twoContentLengths', get('Content-Length: 1', 'Content-Length: 2')),
  bad('methodNotToken', line('GE(T / HTTP/1.1')),
  bad('methodNotToken', line('G\xc9T / HTTP/1.1')),
  bad('unknownMethod', line('FETCH / HTTP/1.1')),
  bad('unknownMethod', line('get / HTTP/1.1')),
  bad('badTarget', line('GET index.html HTTP/1.1')),
  bad('badTarget', line('GET /caf\xe9 HTTP/1.1')),
  bad('badTarget', line('GET /a\x01 HTTP/1.1')),
  bad('badTarget', line('GET /\x7f HTTP/1.1')),
  bad('badVersion', line('GET / HTTP/1')),
  bad('badVersion', line('GET / http/1.1')),
  bad('badVersion', line('GET / HTTP/1.1.1')),
  bad('badVersion', line('GET / HTTP/11')),
  bad('unsupportedVersion', line('GET / HTTP/3.0')),
  bad('requestLineSpaces', line('GET / HTTP/1.1 ')),
  bad('requestLineSpaces', line('GET /a b HTTP/1.1')),
  bad('requestLineSpaces', line('GET\t/ HTTP/1.1')),
];
