import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../shared/markdown/render.ts';
import { root } from '../../shared/workbook/paths.ts';
import { unintendedLists } from './ordinal-lists.ts';
import { workbookFiles } from './workbook-files.ts';

describe('a sentence that opens with an ordinal number', () => {
  test('is taken for a numbered list unless its dot is escaped', () => {
    expect(unintendedLists('Giriş.\n\n5. adımda tek bir istek bekletti.\n')).toEqual([3]);
    expect(unintendedLists('1. 8. adımın `readHead` fonksiyonu\n2. İkinci ipucu\n')).toEqual([1]);
    expect(unintendedLists('Giriş.\n\n5\\. adımda tek bir istek bekletti.\n')).toEqual([]);
    expect(unintendedLists('1. 8\\. adımın `readHead` fonksiyonu\n2. İkinci ipucu\n')).toEqual([]);
  });

  test('reads as a paragraph in npm run read once its dot is escaped', () => {
    const shown = renderMarkdown('Giriş.\n\n5\\. adımda tek bir istek bekletti.\n', 80);
    expect(shown).toMatch(/^5\. adımda tek bir istek bekletti\.$/m);
  });
});

describe('the instructions and docs of the workbook', () => {
  test('start numbered lists only where they mean a list', () => {
    const found = [...workbookFiles(root)]
      .filter((path) => path.endsWith('.md'))
      .flatMap((path) =>
        unintendedLists(readFileSync(path, 'utf8')).map(
          (line) => `${relative(root, path)}:${line}: escape the dot of the number (5\\. adımda)`,
        ),
      );
    expect(found).toEqual([]);
  });
});
