import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { fingerprint } from './fingerprint.ts';
import { loadProgress } from './progress.ts';
import { forgetRun, recordResult } from './record-progress.ts';
import { stepStatus } from './step-status.ts';
import { findStep, type Step } from './steps.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true })));

/** Step 1 solved in a folder of its own, with a state folder beside it. */
function solvedStepOne(): { step: Step; state: string } {
  const folder = mkdtempSync(join(tmpdir(), 'workbook-status-'));
  folders.push(folder);
  const step = { ...findStep('1')!, folder: join(folder, 'step') };
  cpSync(step.solutionFolder, step.folder, { recursive: true });
  return { step, state: join(folder, 'state') };
}

const status = (step: Step, state: string) => stepStatus(step, loadProgress(state).progress);

describe("a step's status", () => {
  test('shows a pass as changed once its files change, and as passed once they are back', () => {
    const { step, state } = solvedStepOne();
    recordResult(step.slug, 'passed', state, fingerprint(step));
    expect(status(step, state)).toBe('passed');
    writeFileSync(join(step.folder, 'server.ts'), '// started over\n');
    expect(status(step, state)).toBe('changed');
    cpSync(step.solutionFolder, step.folder, { recursive: true });
    expect(status(step, state)).toBe('passed');
  });

  test('keeps the files that passed through a reset, so a restored backup passes again', () => {
    const { step, state } = solvedStepOne();
    recordResult(step.slug, 'passed', state, fingerprint(step));
    writeFileSync(join(step.folder, 'server.ts'), '// the starter again\n');
    forgetRun(step.slug, state);
    expect(status(step, state)).toBe('not-started');
    cpSync(step.solutionFolder, step.folder, { recursive: true });
    expect(status(step, state)).toBe('passed');
  });

  test('shows a failing run as failing, even after an earlier pass', () => {
    const { step, state } = solvedStepOne();
    recordResult(step.slug, 'passed', state, fingerprint(step));
    writeFileSync(join(step.folder, 'server.ts'), '// broken\n');
    recordResult(step.slug, 'failing', state, fingerprint(step));
    expect(status(step, state)).toBe('failing');
  });
});
