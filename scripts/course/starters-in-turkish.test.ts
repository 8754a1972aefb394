import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { starterTables } from '../harness/starter-texts.ts';
import { learnerFiles, listSteps } from '../shared/workbook/steps.ts';
import { WorkbookCopy } from '../shared/workbook/workbook-copy.ts';

/** The lines the lesson asks a server to print word for word, so they stay English. */
const protocolLines = [
  /Connection established!/g,
  /Worker \{?\w+\}? got a job; executing\./g,
  /Worker \{?\w+\}? disconnected; shutting down\./g,
  /Shutting down worker \{?\w+\}?/g,
  /Shutting down\./g,
];

/** Words that make a line English when two of them meet in it; Turkish uses none of them. */
const englishWords = new Set(
  `the a an and or of to in on at is are was be been it its this that these with for from by not
  no your you see before after when then than has have had does did will would should can must
  into out up there here which what who how why all any each every only also but so if
  listening shutting malformed needs whole got executing established`.split(/\s+/),
);

/** The lines of `output` that read as English prose, once code, paths and protocol lines are out. */
function englishSentences(output: string): string[] {
  const withoutProtocol = protocolLines.reduce((text, line) => text.replace(line, ''), output);
  return withoutProtocol.split('\n').filter((line) => {
    if (/^\s*(│\s*)?at /.test(line)) return false; // a stack frame names code, not words
    const prose = line.replace(/`[^`]*`|\S*[/\\.]\S*|TODO\(step \d+\)/g, ' ');
    const words = prose.toLowerCase().match(/[\p{L}']+/gu) ?? [];
    return words.filter((word) => englishWords.has(word)).length >= 2;
  });
}

/** Each `// TODO(step N)` comment of a starter file, with the comment lines that follow it. */
function todoComments(source: string): string[][] {
  const lines = source.split('\n');
  return lines.flatMap((line, at) => {
    if (!/^\s*\/\/ TODO\(step \d+\)/.test(line)) return [];
    const end = lines.findIndex((next, index) => index > at && !/^\s*\/\//.test(next));
    return [lines.slice(at, end === -1 ? undefined : end)];
  });
}

const starters = listSteps().flatMap((step) =>
  learnerFiles(step)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ step, file, source: readFileSync(join(step.folder, file), 'utf8') })),
);

describe('every starter in Turkish', () => {
  test.each(starters)('$step.slug/$file has a TR line under each TODO comment', ({ source }) => {
    const untranslated = todoComments(source).filter(
      (comment) => !comment.some((line) => /^\s*\/\/ TR: \S/.test(line)),
    );
    expect(untranslated.map((comment) => comment[0]!.trim())).toEqual([]);
  });

  test.each(starters)(
    '$step.slug/$file has a Turkish text for each TODO error',
    ({ step, source }) => {
      const todos = [...source.matchAll(/TODO\(step (\d+)\): ([^'"`\n]*?) \(see README\.md\)/g)];
      const missing = todos.filter(
        ([, number, todo]) => !starterTables().get(Number(number))?.todos[todo!],
      );
      expect(
        missing.map(([error]) => error),
        `add these to starterInTurkish in steps/${step.slug}/messages.ts`,
      ).toEqual([]);
    },
  );

  test('finds English prose, and leaves protocol lines, code and Turkish alone', () => {
    const output = [
      'Dinlenen adres: http://127.0.0.1:3000',
      'Connection established!',
      'Worker 2 got a job; executing.',
      '    at Server.<anonymous> (/tmp/steps/02-parse-request/server.ts:15:9)',
      'TODO(step 2): isteği okuyup yazdırın (README.tr.md dosyasına bakın)',
      'Listening on http://127.0.0.1:3000',
      'Open that file, read the TODO comment above the placeholder.',
    ].join('\n');
    expect(englishSentences(output)).toEqual([
      'Listening on http://127.0.0.1:3000',
      'Open that file, read the TODO comment above the placeholder.',
    ]);
  });

  describe('run untouched under LANG=tr_TR.UTF-8', () => {
    const workbook = new WorkbookCopy({ locale: 'tr_TR.UTF-8', timeoutMs: 170_000 });
    afterAll(() => workbook.remove());

    test.each(listSteps())(
      'step $slug prints no English sentence but the protocol lines',
      ({ number }) => {
        const run = workbook.run('step', [String(number)]);
        const output = `${run.stdout}\n${run.stderr}`;
        expect(run.status, output).toBe(1);
        expect(output).toContain('README.tr.md');
        expect(englishSentences(output), output).toEqual([]);
      },
    );
  });
});
