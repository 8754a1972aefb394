import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { findStep } from '../../shared/workbook/steps.ts';
import { runStepAlone, stageStep, type StepGrading } from './grade-step.ts';
import { createStagingRoot, removeStaging } from './staging.ts';

const submission = mkdtempSync(join(tmpdir(), 'workbook-carried-'));
const staging = createStagingRoot();
afterAll(() => {
  rmSync(submission, { recursive: true, force: true });
  removeStaging(staging);
});

test("grades a step carried forward with a module of the student's own like any other", async () => {
  const step = findStep('3')!;
  const folder = join(submission, step.slug);
  cpSync(step.solutionFolder, folder, { recursive: true });
  // The student's own module, which `npm run carry` copies along from step to step.
  writeFileSync(join(folder, 'status-line.ts'), "export const okLine = 'HTTP/1.1 200 OK';\n");
  const server = readFileSync(join(folder, 'server.ts'), 'utf8')
    .replace(
      "import net from 'node:net';",
      "import net from 'node:net';\nimport { okLine } from './status-line.ts';",
    )
    .replace("socket.end('HTTP/1.1 200 OK\\r\\n\\r\\n');", 'socket.end(`${okLine}\\r\\n\\r\\n`);');
  expect(server).toContain('${okLine}');
  writeFileSync(join(folder, 'server.ts'), server);
  const grading: StepGrading = {
    step,
    stepsFolder: submission,
    staging: join(staging, step.slug),
    checks: [],
    maxScore: 10,
    rule: 'partial',
    deadlineMs: 120_000,
    language: 'en',
    env: {},
  };
  const result = stageStep(grading) ?? (await runStepAlone(grading));
  expect(result.checks.filter((check) => check.status !== 'pass')).toEqual([]);
  expect(result.score).toBe(10);
});
