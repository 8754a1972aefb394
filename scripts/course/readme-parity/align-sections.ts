import { comparableCode } from './comparable.ts';
import type { Section } from './readme-sections.ts';

export type SectionPair = [english: Section | undefined, turkish: Section | undefined];

/** What a translation leaves untouched in a section: its code spans, links and code. */
function untranslated(section: Section): Set<string> {
  return new Set([
    ...section.codeSpans,
    ...section.links,
    ...section.codeBlocks.map((block) => comparableCode(block).join('\n')),
  ]);
}

function similarity(a: Section, b: Section): number {
  const [left, right] = [untranslated(a), untranslated(b)];
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared === 0 ? 0 : shared / (left.size + right.size - shared);
}

/**
 * Pairs each English section with its Turkish counterpart, leaving a section unpaired where the
 * other language has none. Headings are translated, so the pairing relies on heading levels,
 * order, and what translations leave untouched (the best-scoring alignment wins).
 */
export function alignSections(english: Section[], turkish: Section[]): SectionPair[] {
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
  const pairs: SectionPair[] = [];
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
