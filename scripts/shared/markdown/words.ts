import chalk from 'chalk';
import type { Token } from 'markdown-it';
import { isPlain } from '../terminal/no-color.ts';

/** A forced line break inside a paragraph. */
export const lineBreak = '\n';

type Style = (text: string) => string;

/**
 * Turns a paragraph's inline tokens into words, each styled on its own, so that wrapping can
 * break between any two words without cutting a colour in half. Links keep their URL in view.
 */
export function inlineWords(children: readonly Token[]): string[] {
  const words = [''];
  const styles: Style[] = [];
  const links: string[] = [];
  const styled = (text: string) => styles.reduceRight((result, style) => style(result), text);
  const add = (text: string, style: Style = styled) =>
    text.split(/[ \t\n]+/).forEach((part, index) => {
      if (index > 0) words.push('');
      if (part) words[words.length - 1] += style(part);
    });

  for (const token of children) {
    if (token.type === 'text' || token.type === 'html_inline') add(token.content);
    // A command stays on one line, where it can be copied whole.
    else if (token.type === 'code_inline')
      words[words.length - 1] += chalk.cyan(codeSpan(token.content));
    else if (token.type === 'softbreak') words.push('');
    else if (token.type === 'hardbreak') words.push(lineBreak, '');
    else if (token.type === 'strong_open') styles.push(chalk.bold);
    else if (token.type === 'em_open') styles.push(chalk.italic);
    else if (token.type === 's_open') styles.push(chalk.strikethrough);
    else if (
      token.type === 'strong_close' ||
      token.type === 'em_close' ||
      token.type === 's_close'
    ) {
      styles.pop();
    } else if (token.type === 'link_open') {
      links.push(token.markup === 'autolink' ? '' : String(token.attrGet('href') ?? ''));
      styles.push(chalk.blue);
    } else if (token.type === 'link_close') {
      styles.pop();
      const href = links.pop();
      if (href) add(` (${href})`, chalk.dim);
    } else if (token.type === 'image') {
      add(`[${token.content}] (${String(token.attrGet('src') ?? '')})`, chalk.dim);
    }
  }
  return words.filter(Boolean);
}

// Without colour, backticks are what still tells code from prose.
const codeSpan = (code: string) => (isPlain() ? `\`${code}\`` : code);
