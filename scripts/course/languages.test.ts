import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareReadmes } from './readme-parity/readme-parity.ts';
import { root } from '../shared/workbook/paths.ts';
import { listSteps } from '../shared/workbook/steps.ts';

const folders = [root, ...listSteps().map((step) => step.folder)].map((folder) => ({
  folder,
  name: relative(root, folder) || 'the top level',
}));

const readme = (folder: string, name: string) => {
  const path = join(folder, name);
  return { path: relative(root, path), text: existsSync(path) ? readFileSync(path, 'utf8') : '' };
};

// The compiler keeps every message of the checks and tools in both languages (localized.ts);
// instructions are prose, so this test keeps their shape in step instead.
describe.each(folders)('the instructions in $name', ({ folder, name }) => {
  test('exist in english and turkish, with the same sections, code, links and hints', () => {
    const missing = ['README.md', 'README.tr.md'].filter((file) => !existsSync(join(folder, file)));
    expect(missing, `missing in ${name}`).toEqual([]);
    expect(compareReadmes(readme(folder, 'README.md'), readme(folder, 'README.tr.md'))).toEqual([]);
  });
});
