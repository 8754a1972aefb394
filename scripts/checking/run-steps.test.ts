import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findStep } from '../shared/workbook/steps.ts';
import { runSteps } from './run-steps.ts';

const [stepOne, stepTwo] = ['1', '2'].map((number) => findStep(number)!);
const limits = { language: 'en' as const, stallMs: 40_000, deadlineMs: 120_000 };
const copy = mkdtempSync(join(tmpdir(), 'workbook-run-steps-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('running several steps in one test process', () => {
  test('runs each step on its own folder and reports each apart', async () => {
    const [one, two] = await runSteps({
      ...limits,
      targets: [
        { step: stepOne, target: stepOne.solutionFolder },
        { step: stepTwo, target: stepTwo.folder },
      ],
    });
    expect(one!.status).toBe('pass');
    expect(one!.tests.every((check) => check.file?.startsWith('steps/01-tcp-listen/'))).toBe(true);
    expect(one!.tests[0]!.name).toBe('listens for TCP connections on the port it is given');
    expect(two!.status).toBe('fail');
    expect(two!.tests.some((check) => check.error?.message.includes('TODO(step 2)'))).toBe(true);
  });

  test('leaves a step stuck in an endless loop unfinished, to be run alone, and finishes the others', async () => {
    cpSync(stepTwo.solutionFolder, copy, { recursive: true });
    // parseRequest() never returns: the one test file that calls it holds a worker for good,
    // and the other worker runs the rest. The server is step 1's, which does not call it.
    const request = readFileSync(join(copy, 'request.ts'), 'utf8');
    const looping = request.replace(
      /^export function parseRequest\(.*\{$/m,
      '$&\n  while (true) {}',
    );
    expect(looping).not.toBe(request);
    writeFileSync(join(copy, 'request.ts'), looping);
    cpSync(join(stepOne.solutionFolder, 'server.ts'), join(copy, 'server.ts'));
    const [one, two] = await runSteps({
      ...limits,
      // Long enough for a busy machine to start the other worker's files.
      stallMs: 15_000,
      targets: [
        { step: stepOne, target: stepOne.solutionFolder },
        { step: stepTwo, target: copy },
      ],
    });
    expect(two).toBeUndefined();
    expect(one?.status).toBe('pass');
  });
});
