import chalk from 'chalk';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { renderInstructions } from './instructions.ts';

const level = chalk.level;
let folder: string;

beforeEach(() => {
  chalk.level = 0;
  folder = mkdtempSync(join(tmpdir(), 'workbook-read-'));
  cpSync(
    new URL('./hints/fixtures/README.md', import.meta.url).pathname,
    join(folder, 'README.md'),
  );
});
afterEach(() => {
  chalk.level = level;
  rmSync(folder, { recursive: true });
});

test('reading a step keeps its hints folded and says how to see them', () => {
  const step = { number: 3, slug: '03-fixture', folder, solutionFolder: folder };
  const text = renderInstructions(step, 'en', 80);
  expect(text).toContain('A step with hints\n=================');
  expect(text).toContain('1. This numbered list is a task, not a hint.');
  expect(text).not.toContain('What does the client send first?');
  expect(text).toContain('This step has 3 hints, shown one at a time: `npm run step 3 -- --hint`.');
  expect(text).toContain('Left out on purpose');
});
