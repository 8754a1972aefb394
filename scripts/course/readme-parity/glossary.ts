import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { workbookFiles } from './workbook-files.ts';

/** One idea of the glossary: the Turkish term to use, and the variants Turkish texts must not use. */
export interface GlossaryTerm {
  english: string;
  turkish: string;
  rejected: string[];
}

/** A Turkish text of the workbook, with the number of its first line in its file. */
export interface TurkishText {
  path: string;
  lines: { number: number; text: string }[];
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

/** The rows of the glossary's table: English, Turkish, and the rejected variants in code spans. */
export function readGlossary(markdown: string): GlossaryTerm[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((row) => {
      const [english = '', turkish = '', rejected = ''] = cells(row);
      return { english, turkish, rejected: [...rejected.matchAll(/`([^`]+)`/g)].map((m) => m[1]!) };
    });
}

// Code is never translated, so a code span or a fenced block may say what prose must not. In
// a message table, backticks also delimit the template literals that hold the prose, so only
// the escaped ones (\`npm run step\`) mark code there.
const blank = (span: string) => ' '.repeat(span.length);
const withoutCodeSpans = (line: string) => line.replace(/`[^`]*`/g, blank);
const withoutEscapedCodeSpans = (line: string) => line.replace(/\\`.*?\\`/g, blank);

function markdownLines(text: string): TurkishText['lines'] {
  let inFence = false;
  return text.split('\n').flatMap((line, at) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return [];
    }
    return inFence ? [] : [{ number: at + 1, text: withoutCodeSpans(line) }];
  });
}

/** The Turkish lines of a TypeScript file: its Turkish message table and its `// TR:` comments. */
function typescriptLines(text: string): TurkishText['lines'] {
  const lines = text.split('\n');
  const table = lines.findIndex((line) => line.startsWith('const tr: typeof en'));
  return lines.flatMap((line, at) => {
    if (/\/\/ TR:/.test(line)) return [{ number: at + 1, text: withoutCodeSpans(line) }];
    if (table === -1 || at < table) return [];
    return [{ number: at + 1, text: withoutEscapedCodeSpans(line) }];
  });
}

/** Every Turkish text a learner or a maintainer reads, except the glossary that names the variants. */
export function turkishTexts(root: string): TurkishText[] {
  return [...workbookFiles(root)].flatMap((path) => {
    const name = relative(root, path);
    if (name === 'docs/glossary.tr.md') return [];
    if (name.endsWith('.tr.md'))
      return [{ path: name, lines: markdownLines(readFileSync(path, 'utf8')) }];
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) return [];
    const lines = typescriptLines(readFileSync(path, 'utf8'));
    return lines.length > 0 ? [{ path: name, lines }] : [];
  });
}

const lower = (text: string) => text.toLocaleLowerCase('tr');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each use of a rejected variant, at the start of a word, with the term to use instead. */
export function glossaryProblems(glossary: GlossaryTerm[], texts: TurkishText[]): string[] {
  const variants = glossary.flatMap((term) =>
    term.rejected.map((variant) => ({
      variant,
      term,
      pattern: new RegExp(`(?<![\\p{L}\\d])${escape(lower(variant))}`, 'u'),
    })),
  );
  return texts.flatMap(({ path, lines }) =>
    lines.flatMap(({ number, text }) =>
      variants
        .filter(({ pattern }) => pattern.test(lower(text)))
        .map(
          ({ variant, term }) =>
            `${path}:${number}: "${variant}" — the glossary says "${term.turkish}" for ${term.english} (docs/glossary.tr.md)`,
        ),
    ),
  );
}
