import chalk from 'chalk';
import MarkdownIt, { type Token } from 'markdown-it';
import { isPlain } from '../terminal/no-color.ts';
import { m } from './messages.ts';
import { renderTable } from './table.ts';
import { inlineWords } from './words.ts';
import { wrapWords } from './wrap.ts';

const markdown = new MarkdownIt();

export const parseMarkdown = (source: string): Token[] => markdown.parse(source, {});

/** Renders markdown for a terminal: styled with colour when it is on, plain and tidy when not. */
export function renderMarkdown(source: string | readonly Token[], width: number): string {
  const tokens = typeof source === 'string' ? parseMarkdown(source) : source;
  return blocks(tokens, width).join('\n\n');
}

/** The index of the token that closes the one at `open`. */
function closing(tokens: readonly Token[], open: number): number {
  const { level } = tokens[open]!;
  const type = tokens[open]!.type.replace(/_open$/, '_close');
  let index = open + 1;
  while (tokens[index]!.type !== type || tokens[index]!.level !== level) index++;
  return index;
}

function blocks(tokens: readonly Token[], width: number): string[] {
  const rendered: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const end = token.nesting === 1 ? closing(tokens, index) : index;
    const inner = tokens.slice(index + 1, end);
    rendered.push(block(token, inner, width));
    index = end;
  }
  return rendered.filter((text) => text !== '');
}

function block(token: Token, inner: readonly Token[], width: number): string {
  switch (token.type) {
    case 'heading_open':
      return heading(Number(token.tag.slice(1)), inlineWords(inner[0]?.children ?? []), width);
    case 'paragraph_open':
      return wrapWords(inlineWords(inner[0]?.children ?? []), width);
    case 'bullet_list_open':
    case 'ordered_list_open':
      return list(token, inner, width);
    case 'blockquote_open':
      return quote(inner, width);
    case 'table_open':
      return renderTable(inner, width);
    case 'fence':
    case 'code_block':
      return code(token.content);
    case 'hr':
      return chalk.dim('─'.repeat(Math.min(width, 40)));
    case 'html_block':
      return chalk.dim(token.content.trimEnd());
    default:
      return '';
  }
}

function heading(level: number, words: string[], width: number): string {
  const text = wrapWords(words, width);
  if (isPlain() && level <= 2) {
    const longest = Math.max(...text.split('\n').map((line) => line.length));
    return `${text}\n${(level === 1 ? '=' : '-').repeat(longest)}`;
  }
  if (level === 1) return chalk.bold.magenta(text);
  return level === 2 ? chalk.bold.cyan(text) : chalk.bold(text);
}

function list(token: Token, inner: readonly Token[], width: number): string {
  const ordered = token.type === 'ordered_list_open';
  let number = Number(token.attrGet('start') ?? 1);
  const items = blocksOfItems(inner);
  const markerWidth = ordered ? `${number + items.length - 1}. `.length : 2;
  return items
    .map((item) => {
      const marker = ordered ? `${number++}.` : isPlain() ? '-' : '•';
      const body = blocks(item, width - markerWidth).join('\n');
      const pad = ' '.repeat(markerWidth);
      return body
        .split('\n')
        .map((line, index) => (index === 0 ? chalk.dim(marker.padEnd(markerWidth)) : pad) + line)
        .join('\n');
    })
    .join('\n');
}

/** The tokens inside each list item of a list's inner tokens. */
function blocksOfItems(inner: readonly Token[]): Token[][] {
  const items: Token[][] = [];
  for (let index = 0; index < inner.length; index++) {
    const end = closing(inner, index);
    items.push(inner.slice(index + 1, end));
    index = end;
  }
  return items;
}

function quote(inner: readonly Token[], width: number): string {
  const bar = isPlain() ? '> ' : chalk.dim('│ ');
  const firstText = inner[1]?.children?.[0];
  const alert = /^\[!(\w+)\]$/.exec(firstText?.content ?? '')?.[1]?.toUpperCase();
  const label = alert ? m.alerts[alert] : undefined;
  if (label && firstText) firstText.content = '';
  const body = blocks(inner, width - 2).join('\n\n');
  const text = label ? `${chalk.bold.yellow(label)}\n${body}` : body;
  return text
    .split('\n')
    .map((line) => bar + line)
    .join('\n');
}

function code(content: string): string {
  const gutter = isPlain() ? '    ' : chalk.dim('  │ ');
  return content
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => gutter + chalk.yellow(line))
    .join('\n');
}
