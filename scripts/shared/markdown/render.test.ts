import chalk from 'chalk';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { renderMarkdown } from './render.ts';

const level = chalk.level;
beforeEach(() => (chalk.level = 0));
afterEach(() => (chalk.level = level));

describe('rendering instructions for a terminal', () => {
  test('underlines the top headings when there is no colour to set them apart', () => {
    expect(renderMarkdown('# Listen\n\n## Hints', 80)).toBe('Listen\n======\n\nHints\n-----');
  });

  test('wraps paragraphs at the width without cutting words', () => {
    const text = 'word '.repeat(40).trim();
    const lines = renderMarkdown(text, 42).split('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((line) => line.length <= 42 && !line.startsWith(' '))).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });

  test('keeps backticks on inline code and keeps a command on one line', () => {
    const rendered = renderMarkdown(
      'Run `npm run step 1 -- --watch` now, please, before anything',
      30,
    );
    expect(rendered).toContain('`npm run step 1 -- --watch`');
  });

  test('shows the address of every link, and an autolink once', () => {
    const rendered = renderMarkdown(
      'See [the docs](https://nodejs.org/api/net.html) or <https://mdn.dev>.',
      200,
    );
    expect(rendered).toBe('See the docs (https://nodejs.org/api/net.html) or https://mdn.dev.');
  });

  test('numbers ordered lists and indents what continues an item', () => {
    const rendered = renderMarkdown(
      '1. first item that is long enough to wrap\n2. second\n   - nested',
      24,
    );
    expect(rendered).toBe('1. first item that is\n   long enough to wrap\n2. second\n   - nested');
  });

  test('indents code blocks and leaves their lines as written', () => {
    const rendered = renderMarkdown('```sh\ncurl http://127.0.0.1:7878\n  indented line\n```', 20);
    expect(rendered).toBe('    curl http://127.0.0.1:7878\n      indented line');
  });

  test('labels a hint block and keeps it apart with a bar', () => {
    const rendered = renderMarkdown('> [!TIP]\n> Read the **TODO** first.', 80);
    expect(rendered).toBe('> Tip\n> Read the TODO first.');
  });

  test('lays a table out in columns when it fits, and row by row when it does not', () => {
    const table = '| Rust | Node |\n| --- | --- |\n| `TcpListener::bind` | `net.createServer` |';
    const wide = renderMarkdown(table, 100).split('\n');
    expect(wide[0]).toMatch(/^Rust\s+\| Node/);
    expect(wide[2]).toBe('`TcpListener::bind` | `net.createServer`');
    const narrow = renderMarkdown(table, 30);
    expect(narrow).toBe('  Rust: `TcpListener::bind`\n  Node: `net.createServer`');
  });

  test('styles text with colour when the terminal has it', () => {
    chalk.level = 1;
    const rendered = renderMarkdown('# Title\n\nSome `code` here.', 80);
    expect(rendered).not.toBe(stripVTControlCharacters(rendered));
    expect(stripVTControlCharacters(rendered)).toBe('Title\n\nSome code here.');
  });
});
