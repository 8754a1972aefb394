import { isHintsTitle, readHints } from '../../shared/markdown/read-hints.ts';
import { alignSections } from './align-sections.ts';
import { comparableCode, comparableLinks } from './comparable.ts';
import { readmeSections, type Section } from './readme-sections.ts';

export interface Readme {
  /** How problems name the file, e.g. `steps/03-respond/README.tr.md`. */
  path: string;
  text: string;
}

function firstDifference(english: string[], turkish: string[]): string {
  const line = english.findIndex((text, at) => text !== turkish[at]);
  const at = line === -1 ? english.length : line;
  const [left, right] = [english[at] ?? '(end)', turkish[at] ?? '(end)'];
  return `line ${at + 1}: English ${JSON.stringify(left)}, Turkish ${JSON.stringify(right)}`;
}

function codeProblems(english: Section, turkish: Section): string[] {
  if (english.codeBlocks.length !== turkish.codeBlocks.length) {
    return [`${turkish.codeBlocks.length} code blocks, English has ${english.codeBlocks.length}`];
  }
  return english.codeBlocks.flatMap((block, at) => {
    const other = turkish.codeBlocks[at]!;
    const [left, right] = [comparableCode(block), comparableCode(other)];
    if (block.language === other.language && left.join('\n') === right.join('\n')) return [];
    const how =
      block.language === other.language
        ? firstDifference(left, right)
        : `fence "${other.language}" instead of "${block.language}"`;
    return [`code block ${at + 1} differs from English (only comments may be translated), ${how}`];
  });
}

function linkProblems(english: Section, turkish: Section, en: Readme): string[] {
  const [left, right] = [
    comparableLinks(english.links, en.path),
    comparableLinks(turkish.links, en.path),
  ];
  if (left.join('\n') === right.join('\n')) return [];
  return [`links ${JSON.stringify(right)}, English has ${JSON.stringify(left)}`];
}

/** `npm run step N -- --hint` reads the hints of the learner's language, one at a time. */
function hintProblems(english: Section, turkish: Section, en: Readme, tr: Readme): string[] {
  if (english.level !== 2 || !isHintsTitle(english.title)) return [];
  if (!isHintsTitle(turkish.title)) {
    return ['the hints must be under "## İpuçları", where npm run step N -- --hint looks for them'];
  }
  const [left, right] = [readHints(en.text).length, readHints(tr.text).length];
  if (left === right) return [];
  return [
    `${right} hints, English has ${left} (npm run step N -- --hint shows them one at a time)`,
  ];
}

/** Everything that keeps a Turkish README from being in step with its English original. */
export function compareReadmes(en: Readme, tr: Readme): string[] {
  const problems: string[] = [];
  let previous = '(the beginning)';
  for (const [english, turkish] of alignSections(
    readmeSections(en.text),
    readmeSections(tr.text),
  )) {
    if (english && turkish) {
      const where = `${tr.path}, section "${turkish.heading}" (English "${english.heading}")`;
      problems.push(
        ...[
          ...codeProblems(english, turkish),
          ...linkProblems(english, turkish, en),
          ...hintProblems(english, turkish, en, tr),
        ].map((problem) => `${where}: ${problem}`),
      );
    } else if (english) {
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
