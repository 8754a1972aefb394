import type { Token } from 'markdown-it';
import { parseMarkdown } from './render.ts';
import { findSection } from './sections.ts';

// The title of a step's hints section in each language's instructions.
const hintTitles = new Set(['hints', 'ipuçları']);

export const isHintsTitle = (title: string): boolean =>
  hintTitles.has(title.toLowerCase()) || hintTitles.has(title.toLocaleLowerCase('tr'));

/**
 * A step's hints, in order: the items of the numbered list under its "## Hints" heading, each
 * kept as markdown so it renders like the rest of the instructions.
 */
export function readHints(readme: string): string[] {
  const tokens = parseMarkdown(readme);
  const section = findSection(tokens, isHintsTitle);
  if (!section) return [];
  const lines = readme.split('\n');
  const inSection = tokens.slice(section.start, section.end);
  const list = inSection.findIndex((token) => token.type === 'ordered_list_open');
  if (list === -1) return [];
  const { level } = inSection[list]!;
  return inSection
    .slice(list)
    .filter((token) => token.type === 'list_item_open' && token.level === level + 1)
    .map((item) => itemSource(item, lines));
}

/** An item's own markdown: its lines without the list marker and the indent that follows it. */
function itemSource(item: Token, lines: readonly string[]): string {
  const [from, to] = item.map!;
  const [first = '', ...rest] = lines.slice(from, to);
  const indent = /^\s*\d+[.)]\s+/.exec(first)?.[0].length ?? 0;
  return [first.slice(indent), ...rest.map((line) => line.slice(Math.min(indent, leading(line))))]
    .join('\n')
    .trim();
}

const leading = (line: string) => /^\s*/.exec(line)![0].length;
