import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import chalk from 'chalk';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadProgress } from '../../../shared/workbook/progress.ts';
import type { Step } from '../../../shared/workbook/steps.ts';
import { revealHint } from './next-hint.ts';
import { readHints } from '../../../shared/markdown/read-hints.ts';

const fixture = new URL('./fixtures/README.md', import.meta.url).pathname;
const folders: string[] = [];
const level = chalk.level;

function fixtureStep(): { step: Step; state: string } {
  const folder = mkdtempSync(join(tmpdir(), 'workbook-hints-'));
  folders.push(folder);
  cpSync(fixture, join(folder, 'README.md'));
  const step = { number: 3, slug: '03-fixture', folder, solutionFolder: folder };
  return { step, state: join(folder, '.workbook') };
}

beforeEach(() => (chalk.level = 0));
afterEach(() => {
  chalk.level = level;
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true }));
});

describe('staged hints', () => {
  test('are the items of the numbered list under the Hints heading, and nothing else', () => {
    const hints = readHints(readFileSync(fixture, 'utf8'));
    expect(hints).toHaveLength(3);
    expect(hints[0]).toBe('What does the client send first?');
    expect(hints[1]).toContain('A second paragraph of the same hint');
    expect(hints[1]).toContain('- two');
    expect(hints[2]).toContain('https://nodejs.org');
  });

  test('are found under the Turkish heading too', () => {
    expect(readHints('# Adım\n\n## İpuçları\n\n1. Birinci.\n2. İkinci.\n')).toEqual([
      'Birinci.',
      'İkinci.',
    ]);
  });

  test('come one more at a time, with those already seen, and the count is remembered', () => {
    const { step, state } = fixtureStep();
    const first = revealHint(step, 'en', 80, state);
    expect(first).toContain('Hint 1 of 3');
    expect(first).not.toContain('Hint 2 of 3');
    expect(loadProgress(state).progress.hints['03-fixture']).toBe(1);
    const second = revealHint(step, 'en', 80, state);
    expect(second).toContain('What does the client send first?');
    expect(second).toContain('Hint 2 of 3');
    expect(second).toContain("socket.on('data', …)");
  });

  test('stop at the last one and say so', () => {
    const { step, state } = fixtureStep();
    for (let asked = 0; asked < 5; asked++) revealHint(step, 'en', 80, state);
    const last = revealHint(step, 'en', 80, state);
    expect(last).toContain('Hint 3 of 3');
    expect(last).toContain('That was the last hint');
    expect(loadProgress(state).progress.hints['03-fixture']).toBe(3);
  });
});
