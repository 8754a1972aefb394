import { stripVTControlCharacters } from 'node:util';
import { lineBreak } from './words.ts';

export const visibleLength = (text: string): number => stripVTControlCharacters(text).length;

/**
 * Lays words out in lines of at most `width` visible characters. The first line starts with
 * `first`, the others with `rest` (a list item's bullet, then its indent). A word longer than a
 * line, such as a URL, gets a line of its own rather than being cut.
 */
export function wrapWords(
  words: readonly string[],
  width: number,
  first = '',
  rest = first,
): string {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  const flush = () => {
    lines.push(line);
    line = rest;
    empty = true;
  };
  for (const word of words) {
    if (word === lineBreak) {
      flush();
      continue;
    }
    if (!empty && visibleLength(line) + 1 + visibleLength(word) > width) flush();
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines.join('\n');
}
