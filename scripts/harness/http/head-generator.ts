import { seededRandom } from '../clients/fuzz.ts';
import { host, type Flaw, type Head } from './heads.ts';

/**
 * Request heads made from a seed, the same on every run: a correct head built from parts that
 * browsers and tools send, then, for most of them, one flaw put in at a random place. The flaw is
 * named, so a failure can say what the head breaks.
 */

type Random = () => number;

const methods = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'];
const paths = ['/', '/', '/missing', '/sleep-not', '/a/b.html', '/%41%20b', '/~x', '/a;b'];
const queries = ['', '', '?x=1', '?q=a+b&r=%2F', '?'];
const fields = [
  'User-Agent: Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/133.0',
  'User-Agent: curl/8.5.0',
  'Accept: */*',
  'Accept: text/html,application/xhtml+xml;q=0.9',
  'Accept-Language: tr-TR,tr;q=0.9,en;q=0.8',
  'Accept-Encoding: gzip, deflate, br',
  'Cookie: theme=dark; session=a1b2c3',
  'Cache-Control: no-cache',
  'X-Request-Id: 7f3c\t9e',
  'X-Note: caf\xe9 cr\xe8me',
  'Referer: http://127.0.0.1:7878/a?b=c',
  'If-None-Match: "abc"',
  'Content-Length: 0',
  'Connection: keep-alive',
  'x_odd.name~1: yes',
];
const separators = '"(),/:;<=>?@[\\]{} \x7f\xe9'.split('');
const controls = [0, 1, 7, 8, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f, 0x7f].map((c) =>
  String.fromCharCode(c),
);
const badLengths = ['abc', '-1', '+1', '1.0', '1e3', '0x1', '1 2', '1,2', ''];
const badVersions = [
  'HTTP/1',
  'HTTP/1.1.1',
  'http/1.1',
  'HTTP/x.1',
  'HTTP/11',
  'HTTPS/1.1',
  'HTTP/',
];

interface Parts {
  method: string;
  target: string;
  version: string;
  lines: string[];
}

const pick = <T>(random: Random, items: readonly T[]) =>
  items[Math.floor(random() * items.length)]!;

/** Puts `text` at a random place of `word`, past its first `after` characters. */
function insert(random: Random, word: string, text: string, after = 0): string {
  const at = after + Math.floor(random() * (word.length - after + 1));
  return word.slice(0, at) + text + word.slice(at);
}

function correct(random: Random): Parts {
  const others = fields.filter(() => random() < 0.3);
  const lines = [host, ...others];
  const at = Math.floor(random() * lines.length);
  // Host need not come first: move it among the others.
  lines.splice(at, 0, lines.shift()!);
  const path = pick(random, paths) + pick(random, queries);
  const absolute = random() < 0.15;
  return {
    method: pick(random, methods),
    target: absolute ? `http://127.0.0.1:7878${path}` : path,
    version: random() < 0.85 ? 'HTTP/1.1' : 'HTTP/1.0',
    lines,
  };
}

/** Each flaw, put into a correct head's parts. */
const flaws: Partial<Record<Flaw, (random: Random, parts: Parts) => void>> = {
  noHost: (_, parts) => {
    parts.version = 'HTTP/1.1';
    parts.lines = parts.lines.filter((line) => line !== host);
  },
  twoHosts: (random, parts) => {
    const second = pick(random, ['Host: example.com', 'host: 127.0.0.1:7878', 'HOST: a']);
    parts.lines.splice(Math.floor(random() * (parts.lines.length + 1)), 0, second);
  },
  spaceBeforeColon: (random, parts) =>
    edit(random, parts, (line) => line.replace(':', pick(random, [' :', '\t:', '  :']))),
  nameNotToken: (random, parts) =>
    edit(random, parts, (line) => {
      const colon = line.indexOf(':');
      const separator = pick(
        random,
        separators.filter((c) => c !== ':'),
      );
      return insert(random, line.slice(0, colon), separator) + line.slice(colon);
    }),
  noColon: (random, parts) => edit(random, parts, (line) => line.replaceAll(':', '')),
  foldedLine: (random, parts) =>
    parts.lines.splice(1 + Math.floor(random() * parts.lines.length), 0, ' continued'),
  controlInValue: (random, parts) =>
    edit(random, parts, (line) =>
      insert(random, line, pick(random, controls), line.indexOf(':') + 2),
    ),
  bareCr: (random, parts) => edit(random, parts, (line) => insert(random, line, '\r', 1)),
  bareLf: (random, parts) => edit(random, parts, (line) => insert(random, line, '\n', 1)),
  badContentLength: (random, parts) => {
    parts.lines = parts.lines.filter((line) => !line.startsWith('Content-Length'));
    parts.lines.push(`Content-Length: ${pick(random, badLengths)}`);
  },
  twoContentLengths: (random, parts) => {
    const first = Math.floor(random() * 50);
    parts.lines = parts.lines.filter((line) => !line.startsWith('Content-Length'));
    parts.lines.push(`Content-Length: ${first}`, `Content-Length: ${first + 1}`);
  },
  methodNotToken: (random, parts) => {
    parts.method = insert(
      random,
      parts.method,
      pick(
        random,
        separators.filter((c) => c !== ' '),
      ),
    );
  },
  unknownMethod: (random, parts) => {
    parts.method = pick(random, ['FETCH', 'get', 'Get', 'BREW', 'X-GET', 'G3T']);
  },
  badTarget: (random, parts) => {
    const bad = pick(random, [...controls, '\xe9', '\xff', '\t']);
    parts.target = random() < 0.3 ? 'index.html' : insert(random, parts.target, bad, 1);
  },
  badVersion: (random, parts) => {
    parts.version = pick(random, badVersions);
  },
  unsupportedVersion: (random, parts) => {
    parts.version = pick(random, ['HTTP/2.0', 'HTTP/3.0', 'HTTP/0.9', 'HTTP/1.2', 'HTTP/9.9']);
  },
  // Never two spaces in a row: a server may read those as one (RFC 9112, section 3).
  requestLineSpaces: (random, parts) => {
    if (random() < 0.5) parts.version += ' ';
    else parts.target += pick(random, [' x', ' /b', '\t']);
  },
};

/** Changes one header line other than Host, adding one first if there is none. */
function edit(random: Random, parts: Parts, change: (line: string) => string): void {
  if (parts.lines.length === 1) parts.lines.push(pick(random, fields));
  const others = parts.lines.flatMap((line, index) => (line === host ? [] : [index]));
  const index = pick(random, others);
  parts.lines[index] = change(parts.lines[index]!);
}

/** `count` heads from `seed`: about one in five correct, the rest with one flaw each. */
export function generatedHeads(seed: number, count: number): Head[] {
  const random = seededRandom(seed);
  const names = Object.keys(flaws) as Flaw[];
  return Array.from({ length: count }, () => {
    const parts = correct(random);
    const flaw = random() < 0.2 ? undefined : pick(random, names);
    if (flaw) flaws[flaw]!(random, parts);
    const text = [`${parts.method} ${parts.target} ${parts.version}`, ...parts.lines, '', ''];
    return flaw ? { text: text.join('\r\n'), flaw } : { text: text.join('\r\n') };
  });
}
