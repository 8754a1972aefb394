import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a learner's code leaves a `for await` loop early. */
export interface ForAwaitExit {
  file: string;
  line: number;
}

const loopStart = /for\s+await\s*\([^)]*\bof\b[^)]*\)\s*\{/g;
// A stream iterated through socket.iterator({ destroyOnReturn: false }) survives an early exit.
const keepsStreamOpen = /destroyOnReturn\s*:\s*false/;

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** The text of the block that opens at `open` (a `{`), up to its matching `}`. */
function blockAt(source: string, open: number): string {
  let depth = 0;
  for (let at = open; at < source.length; at++) {
    if (source[at] === '{') depth++;
    else if (source[at] === '}' && --depth === 0) return source.slice(open, at + 1);
  }
  return source.slice(open);
}

/**
 * Finds a `for await` loop that a `break` or `return` leaves early. Leaving such a loop over a
 * socket destroys the socket (the iterator's return() does), so nothing written afterwards is sent.
 * A plain reading of the source: enough to name the likely cause beside the symptom, never alone.
 */
export function findForAwaitExit(folder: string): ForAwaitExit | undefined {
  const files = readdirSync(folder).filter(
    (name) => /\.(ts|mts|js|mjs)$/.test(name) && !/\.test\./.test(name),
  );
  for (const file of files) {
    const source = withoutComments(readFileSync(join(folder, file), 'utf8'));
    if (keepsStreamOpen.test(source)) continue;
    for (const loop of source.matchAll(loopStart)) {
      const body = blockAt(source, loop.index + loop[0].length - 1);
      if (/\b(break|return)\b/.test(body)) {
        return { file, line: source.slice(0, loop.index).split('\n').length };
      }
    }
  }
  return undefined;
}
