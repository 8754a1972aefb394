import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { learnerFiles, listSteps } from '../shared/workbook/steps.ts';

describe.each(listSteps())('step $slug', (step) => {
  test('has a reference solution', () => {
    expect(learnerFiles(step)).not.toEqual([]);
  });

  test('gives the learner a starter for every file of the solution', () => {
    const missing = learnerFiles(step).filter((file) => !existsSync(join(step.folder, file)));
    expect(missing, `missing from steps/${step.slug}`).toEqual([]);
  });

  test('has instructions in English and Turkish, texts for its checks, and checks', () => {
    const files = readdirSync(step.folder);
    expect(files).toContain('README.md');
    expect(files).toContain('README.tr.md');
    expect(files).toContain('messages.ts');
    expect(files.some((file) => file.endsWith('.test.ts'))).toBe(true);
  });

  test('keeps its checks out of the learner files', () => {
    expect(learnerFiles(step).filter((file) => /\.test\.ts$|^messages\.ts$/.test(file))).toEqual(
      [],
    );
  });
});
