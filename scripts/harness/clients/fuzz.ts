/**
 * Hostile input for a server, the same on every run: a seeded generator of malformed request
 * lines and random bytes, and the rule that says which of them no server may answer with success.
 */

/** mulberry32: a tiny, well-mixed 32-bit generator; one seed gives one sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

export interface FuzzCase {
  bytes: Buffer;
  /** No line of it reads as a request line, however leniently a server splits it. */
  malformed: boolean;
}

const validLines = ['GET / HTTP/1.1', 'GET /missing HTTP/1.1', 'POST /form HTTP/1.0'];
const words = 'GET get / /missing % %zz %E0%A4%A .. HTTP/1.1 HTTP/9 HTTP/ : Host: 🙂 \xff'.split(
  ' ',
);
const tokens = [...words, '\0', '\t', '\r', '/'.repeat(300), 'a'.repeat(1000)];
const separators = [' ', ' ', '  ', '\t', '', '\r', '\n'];
const end = '\r\n\r\n';

/** Whether `line` could be a request line to a server that splits on spaces, or on any blanks. */
function readsAsRequestLine(line: string): boolean {
  const splits = [line.split(' '), line.trim().split(/\s+/), line.trim().split(/[ \t]+/)];
  return splits.some((parts) => parts.length === 3 && /^HTTP\/\d\.\d$/.test(parts[2]!));
}

/**
 * `count` cases, each ending with an empty line so its head is whole, none longer than 6 KiB, and
 * none asking for /sleep: every one of them can be answered at once.
 */
export function fuzzCases(seed: number, count: number): FuzzCase[] {
  const random = seededRandom(seed);
  const below = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]) => items[below(items.length)]!;
  const randomBytes = (length: number) => Buffer.from(Array.from({ length }, () => below(256)));

  const mutated = () => {
    let line = Buffer.from(pick(validLines));
    for (let edits = 1 + below(3); edits > 0; edits--) {
      const at = below(line.length + 1);
      const change = below(3);
      const inserted = change === 2 ? Buffer.alloc(0) : randomBytes(1 + below(3));
      const removed = change === 1 ? 0 : 1;
      line = Buffer.concat([line.subarray(0, at), inserted, line.subarray(at + removed)]);
    }
    return Buffer.concat([line, Buffer.from(`\r\nHost: 127.0.0.1${end}`)]);
  };
  const soup = () => {
    const words = Array.from({ length: below(6) }, () => pick(tokens) + pick(separators));
    return Buffer.from(words.join('') + end);
  };
  const brokenHeaders = () => {
    const junk = Array.from({ length: 1 + below(3) }, () =>
      randomBytes(below(40)).toString('latin1'),
    );
    return Buffer.from(`${pick(validLines)}\r\n${junk.join('\r\n')}${end}`, 'latin1');
  };
  const noise = () => Buffer.concat([randomBytes(1 + below(200)), Buffer.from(end)]);
  const makers = [mutated, soup, brokenHeaders, noise];

  return Array.from({ length: count }, () => {
    const bytes = pick(makers)();
    const lines = bytes.toString('utf8').split('\n');
    return { bytes, malformed: !lines.some((line) => readsAsRequestLine(line.replace(/\r$/, ''))) };
  });
}
