import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { findStep } from '../../shared/workbook/steps.ts';
import { isUntouchedStarter } from './untouched-starter.ts';

const step = findStep('1')!;
const work = mkdtempSync(join(tmpdir(), 'workbook-starter-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyOf(folder: string, name: string): string {
  const copy = join(work, name);
  cpSync(folder, copy, { recursive: true });
  return copy;
}

test('recognizes a starter handed back unchanged, whatever its line endings', () => {
  const copy = copyOf(step.folder, 'crlf');
  const server = join(copy, 'server.ts');
  writeFileSync(server, readFileSync(server, 'utf8').replace(/\n/g, '\r\n'));
  expect(isUntouchedStarter(step, copy)).toBe(true);
});

test('counts a step as attempted once one of its files changes', () => {
  const copy = copyOf(step.folder, 'edited');
  writeFileSync(join(copy, 'server.ts'), `// started\n${readFileSync(join(copy, 'server.ts'))}`);
  expect(isUntouchedStarter(step, copy)).toBe(false);
});

test("never takes finished work for a starter when the instructor's copy is solved", () => {
  const solvedByInstructor = { ...step, folder: step.solutionFolder };
  expect(isUntouchedStarter(solvedByInstructor, copyOf(step.solutionFolder, 'done'))).toBe(false);
});
