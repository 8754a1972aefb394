import { basename } from 'node:path';
import { readmeSections, type CodeBlock, type Section } from './readme-sections.ts';

export interface Readme {
  /** How problems name the file, e.g. `steps/03-respond/README.tr.md`. */
  path: string;
  text: string;
}

/** The comment syntax of the fence languages whose comments a translation may translate. */
const commentPatterns: Record<string, RegExp> = {
  sh: /(^|\s)#.*$/,
  bash: /(^|\s)#.*$/,
  shell: /(^|\s)#.*$/,
  powershell: /(^|\s)#.*$/,
  ts: /(^|\s)\/\/.*$/,
  js: /(^|\s)\/\/.*$/,
  typescript: /(^|\s)\/\/.*$/,
  javascript: /(^|\s)\/\/.*$/,
};

/** Code is never translated; comments in sh/ts/js blocks may be, so they are left out here. */
export function comparableCode({ language, code }: CodeBlock): string[] {
  const comment = commentPatterns[language];
  return code.split('\n').map((line) => (comment ? line.replace(comment, '') : line).trimEnd());
}

/**
 * A translation links where the original does, with two allowances: a translated page
 * (`x.tr.md`) in place of the English one, and a translated heading's anchor. The link that
 * switches language is left out.
 */
function comparableLinks(links: string[], englishFile: string): string[] {
  return links
    .map((href) => href.replace(/\.tr\.md\b/, '.md'))
    .filter((href) => href !== basename(englishFile))
    .map((href) => (/^[a-z]+:/i.test(href) ? href : href.replace(/#.*$/, '#')));
}

function similarity(a: Section, b: Section): number {
  const words = (section: Section) =>
    new Set([
      ...section.codeSpans,
      ...section.links,
      ...section.codeBlocks.map((block) => comparableCode(block).join('\n')),
    ]);
  const [left, right] = [words(a), words(b)];
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared === 0 ? 0 : shared / (left.size + right.size - shared);
}

/**
 * Pairs each English section with its Turkish counterpart. Headings are translated, so the
 * pairing relies on heading levels, order, and what translations leave untouched (code, links).
 */
function align(
  english: Section[],
  turkish: Section[],
): [Section | undefined, Section | undefined][] {
  const best = english.map(() => turkish.map(() => 0));
  const score = (i: number, j: number): number => (i < 0 || j < 0 ? 0 : best[i]![j]!);
  const pairScore = (i: number, j: number) =>
    english[i]!.level === turkish[j]!.level ? 1 + similarity(english[i]!, turkish[j]!) : -Infinity;
  english.forEach((_, i) =>
    turkish.forEach((_, j) => {
      best[i]![j] = Math.max(
        score(i - 1, j),
        score(i, j - 1),
        score(i - 1, j - 1) + pairScore(i, j),
      );
    }),
  );
  const pairs: [Section | undefined, Section | undefined][] = [];
  let [i, j] = [english.length - 1, turkish.length - 1];
  while (i >= 0 || j >= 0) {
    if (i >= 0 && j >= 0 && score(i, j) === score(i - 1, j - 1) + pairScore(i, j)) {
      pairs.unshift([english[i--], turkish[j--]]);
    } else if (j >= 0 && (i < 0 || score(i, j) === score(i, j - 1))) {
      pairs.unshift([undefined, turkish[j--]]);
    } else {
      pairs.unshift([english[i--], undefined]);
    }
  }
  return pairs;
}

function firstDifference(english: string[], turkish: string[]): string {
  const line = english.findIndex((text, at) => text !== turkish[at]);
  const at = line === -1 ? english.length : line;
  return `line ${at + 1}: English ${JSON.stringify(english[at] ?? '(end)')}, Turkish ${JSON.stringify(turkish[at] ?? '(end)')}`;
}

function compareSections(english: Section, turkish: Section, en: Readme, tr: Readme): string[] {
  const where = `${tr.path}, section "${turkish.heading}" (English "${english.heading}")`;
  const problems: string[] = [];
  if (english.codeBlocks.length !== turkish.codeBlocks.length) {
    problems.push(
      `${where}: ${turkish.codeBlocks.length} code blocks, English has ${english.codeBlocks.length}`,
    );
  } else {
    english.codeBlocks.forEach((block, at) => {
      const other = turkish.codeBlocks[at]!;
      const [left, right] = [comparableCode(block), comparableCode(other)];
      if (block.language !== other.language || left.join('\n') !== right.join('\n')) {
        problems.push(
          `${where}: code block ${at + 1} differs from English (code stays untranslated; only comments may change), ${block.language === other.language ? firstDifference(left, right) : `fence "${other.language}" instead of "${block.language}"`}`,
        );
      }
    });
  }
  const [enLinks, trLinks] = [
    comparableLinks(english.links, en.path),
    comparableLinks(turkish.links, en.path),
  ];
  if (enLinks.join('\n') !== trLinks.join('\n')) {
    problems.push(
      `${where}: links ${JSON.stringify(trLinks)}, English has ${JSON.stringify(enLinks)}`,
    );
  }
  if (english.heading === '## Hints' && english.numberedItems !== turkish.numberedItems) {
    problems.push(
      `${where}: ${turkish.numberedItems} numbered hints, English has ${english.numberedItems} (npm run step N -- --hint shows them one at a time)`,
    );
  }
  return problems;
}

/** Everything that keeps a Turkish README from being in step with its English original. */
export function compareReadmes(en: Readme, tr: Readme): string[] {
  const problems: string[] = [];
  let previous = '(the beginning)';
  for (const [english, turkish] of align(readmeSections(en.text), readmeSections(tr.text))) {
    if (english && turkish) problems.push(...compareSections(english, turkish, en, tr));
    else if (english) {
      problems.push(
        `${tr.path}: no section for "${english.heading}" of ${en.path}, expected after "${previous}"`,
      );
    } else {
      problems.push(`${tr.path}: section "${turkish!.heading}" has no counterpart in ${en.path}`);
    }
    if (turkish) previous = turkish.heading;
  }
  return problems;
}
