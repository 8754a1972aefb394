import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { root } from '../../shared/workbook/paths.ts';
import { listSteps } from '../../shared/workbook/steps.ts';
import { classroomWorkflow, workflowPath } from './classroom-workflow.ts';

const workflow = readFileSync(workflowPath, 'utf8');
const workspace = mkdtempSync(join(tmpdir(), 'workbook-classroom-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Runs one grading step as GitHub Actions would, and decodes the result it hands on. */
function gradingStep(step: string, points: string) {
  const output = join(workspace, `output-${step}`);
  execFileSync('bash', [join(root, '.github/classroom/grade-step.sh'), step, points], {
    cwd: workspace,
    env: {
      ...process.env,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: workspace,
      GITHUB_OUTPUT: output,
    },
    stdio: 'ignore',
  });
  const line = readFileSync(output, 'utf8').trim();
  expect(line).toMatch(/^result=[A-Za-z0-9+/=]+$/);
  return JSON.parse(Buffer.from(line.slice('result='.length), 'base64').toString());
}

describe('the GitHub Classroom workflow', () => {
  test('is what `npm run classroom-workflow` writes, whatever points were set since', () => {
    const anyPoints = (text: string) => text.replace(/(grade-step\.sh \d+) [\d.]+$/gm, '$1 N');
    expect(anyPoints(workflow), 'run `npm run classroom-workflow`').toBe(
      anyPoints(classroomWorkflow()),
    );
  });

  test('grades every step with points, then reports every step to Classroom', () => {
    for (const { number } of listSteps()) {
      const step = new RegExp(
        `id: step${number}\\n(?: {8}.*\\n)*? {8}run: .*grade-step\\.sh ${number} \\d+\\n`,
      );
      expect(workflow).toMatch(step);
      expect(workflow).toContain(
        `STEP${number}_RESULTS: '\${{ steps.step${number}.outputs.result }}'`,
      );
      expect(workflow).toMatch(new RegExp(`runners: .*\\bstep${number}\\b`));
    }
  });

  test("grades the student's files with the checks of the template, checked out apart", () => {
    expect(workflow).toContain('path: submission');
    expect(workflow).toContain('repository: ${{ vars.WORKBOOK_TEMPLATE || github.repository }}');
    expect(workflow).toContain('path: workbook');
  });

  test("a grading step hands the reporter the step's checks with their scores", () => {
    symlinkSync(root, join(workspace, 'workbook'));
    const step = listSteps()[0]!;
    mkdirSync(join(workspace, 'submission', 'steps'), { recursive: true });
    cpSync(step.solutionFolder, join(workspace, 'submission', 'steps', step.slug), {
      recursive: true,
    });
    const result = gradingStep(String(step.number), '20');
    expect(result).toMatchObject({ version: 2, status: 'pass', max_score: 20 });
    const total = result.tests.reduce(
      (sum: number, test: { score: number }) => sum + test.score,
      0,
    );
    expect(total).toBe(20);
  }, 120_000);

  test('a grading step that cannot grade still hands the reporter a result, worth 0', () => {
    const result = gradingStep('99', '10');
    expect(result).toMatchObject({ status: 'error', max_score: 10 });
    expect(result.tests).toEqual([{ name: 'step 99', status: 'error', score: 0 }]);
  });
});
