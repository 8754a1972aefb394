import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { stateFolder } from '../shared/workbook/paths.ts';
import { findStep } from '../shared/workbook/steps.ts';
import { parseDiagnostics, typeCheck } from './type-check.ts';

const stepTwo = findStep('2')!;
const folders: string[] = [];

/** A copy of step 2's solution inside the workbook, where its package settings (ESM) apply. */
function copyOfSolution(): string {
  mkdirSync(stateFolder, { recursive: true });
  const folder = mkdtempSync(join(stateFolder, 'type-check-test-'));
  folders.push(folder);
  cpSync(stepTwo.solutionFolder, folder, { recursive: true });
  return folder;
}

afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true })));

describe('type errors in the learner files', () => {
  test('are none for the reference solution', async () => {
    expect(await typeCheck(copyOfSolution(), ['request.ts', 'server.ts'], 'en')).toEqual([]);
  });

  test("are named by file and line, with the compiler's message", async () => {
    const folder = copyOfSolution();
    writeFileSync(
      join(folder, 'server.ts'),
      "import net from 'node:net';\n\nconst port: number = 'seven';\nnet.createServer().listen(port);\n",
    );
    const problems = await typeCheck(folder, ['request.ts', 'server.ts'], 'en');
    expect(problems).toEqual([
      { file: 'server.ts', line: 3, message: "Type 'string' is not assignable to type 'number'." },
    ]);
  });

  test('keep only problems in the folder checked, with their explanations', () => {
    const output = [
      'steps/02-parse-request/server.ts(4,7): error TS2322: Type A is not assignable to type B.',
      "  Property 'x' is missing.",
      "node_modules/elsewhere.d.ts(1,1): error TS1000: Not the learner's.",
      '  Nor this.',
    ].join('\n');
    expect(parseDiagnostics(output, stepTwo.folder)).toEqual([
      {
        file: 'server.ts',
        line: 4,
        message: "Type A is not assignable to type B.\n  Property 'x' is missing.",
      },
    ]);
  });
});
