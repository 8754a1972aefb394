import chalk from 'chalk';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Progress } from '../../shared/workbook/progress.ts';
import { findStep } from '../../shared/workbook/steps.ts';
import { compareStep } from './compare-step.ts';

const level = chalk.level;
const stepTwo = findStep('2')!;
const passed: Progress = { steps: { '02-parse-request': { state: 'passed', at: '' } }, hints: {} };
const failing: Progress = {
  steps: { '02-parse-request': { state: 'failing', at: '' } },
  hints: {},
};
let folder: string;

beforeEach(() => {
  chalk.level = 0;
  folder = mkdtempSync(join(tmpdir(), 'workbook-diff-'));
  cpSync(stepTwo.solutionFolder, folder, { recursive: true });
});
afterEach(() => {
  chalk.level = level;
  rmSync(folder, { recursive: true });
});

const options = { fromPrevious: false, anyway: false };

describe('comparing with the reference', () => {
  test('keeps the solution hidden until the step passes', () => {
    const { text, ok } = compareStep(stepTwo, failing, options, 80);
    expect(ok).toBe(false);
    expect(text).toContain('Step 2 does not pass yet');
    expect(text).not.toContain('@@');
  });

  test("shows the learner's lines with - and the reference's with +, file by file", () => {
    writeFileSync(join(folder, 'server.ts'), "console.log('my own server');\n");
    const step = { ...stepTwo, folder };
    const { text, ok } = compareStep(step, passed, options, 80);
    expect(ok).toBe(true);
    expect(text).toContain('- your files\n+ the reference solution of step 2');
    expect(text).toContain("-console.log('my own server');");
    expect(text).toMatch(/^\+.*createServer/m);
    expect(text).toContain('request.ts  same');
  });

  test('shows anyway when asked to', () => {
    expect(compareStep(stepTwo, failing, { ...options, anyway: true }, 80).ok).toBe(true);
  });

  test("from the previous step, shows what this step's solution changed", () => {
    const { text } = compareStep(stepTwo, passed, { ...options, fromPrevious: true }, 80);
    expect(text).toContain(
      '- the reference solution of step 1\n+ the reference solution of step 2',
    );
    expect(text).toMatch(/request\.ts {2}\(new file\)/);
    expect(text).toMatch(/^\+.*readHead/m);
  });
});
