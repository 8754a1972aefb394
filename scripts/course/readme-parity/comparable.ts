import { basename } from 'node:path';
import type { CodeBlock } from './readme-sections.ts';

const hashComment = /(^|\s)#.*$/;
const slashComment = /(^|\s)\/\/.*$/;

/** The comment syntax of the fence languages whose comments a translation may translate. */
const commentPatterns: Record<string, RegExp> = {
  sh: hashComment,
  bash: hashComment,
  shell: hashComment,
  powershell: hashComment,
  ts: slashComment,
  js: slashComment,
  typescript: slashComment,
  javascript: slashComment,
};

/**
 * A code block as both languages must share it, line by line. Code is never translated; a
 * comment in a sh, ts or js block may be, so comments (and the spaces that align them) are left
 * out. An `output` block shows what a workbook command prints, which speaks the reader's
 * language, so only its number of lines must match. Every other block, such as `text` showing
 * bytes, must match exactly.
 */
export function comparableCode({ language, code }: CodeBlock): string[] {
  const lines = code.split('\n');
  if (language === 'output') return [`${lines.length} lines of the command's output`];
  const comment = commentPatterns[language];
  return lines.map((line) => (comment ? line.replace(comment, '') : line).trimEnd());
}

/**
 * The links both languages must share, in order. Allowed to differ: the link that switches
 * language (left out), a translated page (`x.tr.md` for `x.md`), and a translated heading's
 * anchor in a link within the workbook.
 */
export function comparableLinks(links: string[], englishFile: string): string[] {
  return links
    .map((href) => href.replace(/\.tr\.md\b/, '.md'))
    .filter((href) => href !== basename(englishFile))
    .map((href) => (/^[a-z]+:/i.test(href) ? href : href.replace(/#.*$/, '#')));
}
