import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { starterTables } from '../harness/starter-texts.ts';
import { learnerFiles, listSteps } from '../shared/workbook/steps.ts';
import { englishSentences } from './english-sentences.ts';

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
});
