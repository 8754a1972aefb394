import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findStep } from '../shared/workbook/steps.ts';
import { earlierCheckFiles, noLongerApplies, retiredChecks } from './earlier-checks.ts';

const step = (number: number) => findStep(String(number))!;
const files = (number: number) => earlierCheckFiles(step(number), step(number).solutionFolder);

describe('the checks of earlier steps that a step runs again', () => {
  test("leave out from step 9 on step 2's readHead checks, which the HeadReader replaces", () => {
    expect(files(8)).toContain('steps/02-parse-request/read-head.test.ts');
    for (const later of [9, 10]) {
      expect(files(later)).not.toContain('steps/02-parse-request/read-head.test.ts');
      expect(files(later)).toContain('steps/02-parse-request/request.test.ts');
    }
  });

  test('leave out on step 10 the lines of shutdown that its production pool does not print', () => {
    const file = 'steps/07-graceful-shutdown/thread-pool.test.ts';
    const retired = retiredChecks.find((retired) => retired.step === 7 && retired.from === 10)!;
    for (const name of retired.checks!) {
      expect(noLongerApplies(file, name, 10)).toBe(true);
      expect(noLongerApplies(file, name, 9)).toBe(false);
    }
  });

  test('retire only check files that exist', () => {
    for (const { step: earlier, file } of retiredChecks) {
      if (file) expect(existsSync(join(step(earlier).folder, file)), file).toBe(true);
    }
  });
});
