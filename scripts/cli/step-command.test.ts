import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadProgress } from '../shared/workbook/progress.ts';
import { WorkbookCopy } from '../shared/workbook/workbook-copy.ts';

const workbook = new WorkbookCopy();
afterAll(() => workbook.remove());

describe('npm run step', () => {
  test('--hint shows one more hint each time and remembers how many were seen', () => {
    expect(workbook.run('step', ['1', '--hint']).stdout).toMatch(/Hint 1 of (\d+)/);
    const second = workbook.run('step', ['1', '--hint']).stdout;
    expect(second).toMatch(/Hint 1 of \d+[\s\S]*Hint 2 of \d+/);
    const state = join(workbook.root, '.workbook');
    expect(loadProgress(state).progress.hints['01-tcp-listen']).toBe(2);
  });

  test("names TypeScript's errors in the learner's files after the checks' verdict", () => {
    const solution = readFileSync(join(workbook.root, 'solutions/01-tcp-listen/server.ts'), 'utf8');
    const typo = "\nconst greeting: number = 'Connection established!';\nvoid greeting;\n";
    writeFileSync(join(workbook.root, 'steps/01-tcp-listen/server.ts'), solution + typo);
    const result = workbook.run('step', ['1']);
    expect(result.status).toBe(0);
    const line = solution.split('\n').length + 1;
    expect(result.stdout).toMatch(/checks pass\.[\s\S]*TypeScript sees 1 problem in your files:/);
    expect(result.stdout).toContain(
      `server.ts:${line}  Type 'string' is not assignable to type 'number'.`,
    );
  });
});
