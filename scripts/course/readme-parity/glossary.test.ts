import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../../shared/workbook/paths.ts';
import { glossaryProblems, readGlossary, turkishTexts, type TurkishText } from './glossary.ts';

const glossaryText = readFileSync(join(root, 'docs/glossary.tr.md'), 'utf8');
const glossary = readGlossary(glossaryText);

const text = (path: string, ...lines: string[]): TurkishText => ({
  path,
  lines: lines.map((line, at) => ({ number: at + 1, text: line })),
});

describe('the glossary check', () => {
  test('reads each idea of the glossary with its term and its rejected variants', () => {
    const raw = glossary.find((term) => term.english === 'raw TCP');
    expect(raw).toEqual({
      english: 'raw TCP',
      turkish: 'ham TCP',
      rejected: ['çıplak TCP', 'çıplak bir TCP'],
    });
    expect(glossary.every((term) => term.english && term.turkish)).toBe(true);
  });

  test('names the file, the line, the variant and the term to use instead', () => {
    const problems = glossaryProblems(glossary, [
      text(
        'steps/01-tcp-listen/README.tr.md',
        'Sunucu ham TCP kullanır.',
        'Çıplak TCP ile başlar.',
      ),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^steps\/01-tcp-listen\/README\.tr\.md:2: "çıplak TCP" — the glossary says "ham TCP" for raw TCP/,
      ),
    ]);
  });

  test('catches a variant with a turkish ending, at the start of a word only', () => {
    const problems = glossaryProblems(glossary, [
      text('a.tr.md', 'sorgu dizgeleri', 'zarif kapanışı', 'bir yardizge'),
    ]);
    expect(problems.map((problem) => problem.split(' — ')[0])).toEqual([
      'a.tr.md:1: "dizge"',
      'a.tr.md:2: "zarif kapanış"',
      'a.tr.md:2: "zarif kapan"',
    ]);
  });

  test('leaves code alone: fenced blocks and code spans, escaped ones in a message table', () => {
    const folder = join(root, 'scripts/course/readme-parity/fixtures/glossary');
    const problems = glossaryProblems(glossary, turkishTexts(folder));
    expect(problems.map((problem) => problem.split(' — ')[0])).toEqual([
      'README.tr.md:9: "çıplak TCP"',
      'messages.ts:3: "zarif kapanış"',
      'messages.ts:3: "zarif kapan"',
    ]);
  });
});

describe('the turkish texts of the workbook', () => {
  test('use the glossary terms, never a variant it rejects', () => {
    const texts = turkishTexts(root);
    expect(texts.map((each) => each.path)).toEqual(
      expect.arrayContaining([
        'README.tr.md',
        'docs/architecture.tr.md',
        'steps/07-graceful-shutdown/README.tr.md',
        'steps/07-graceful-shutdown/messages.ts',
        'steps/09-keep-alive/server.ts',
        'scripts/commands/serve/messages.ts',
      ]),
    );
    expect(glossaryProblems(glossary, texts)).toEqual([]);
  });
});
