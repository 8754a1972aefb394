import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findStep } from '../shared/workbook/steps.ts';
import { runStep } from './run-step.ts';

const stepOne = findStep('1')!;
const stepTwo = findStep('2')!;
const copies: string[] = [];

function copyOf(folder: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'workbook-run-step-'));
  cpSync(folder, copy, { recursive: true });
  copies.push(copy);
  return copy;
}

const processesMentioning = (text: string) =>
  execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(text));

afterEach(() => copies.splice(0).forEach((copy) => rmSync(copy, { recursive: true, force: true })));

describe('running a step', () => {
  test('passes the reference solution and reports every check by name', async () => {
    const run = await runStep({ step: stepOne, target: stepOne.solutionFolder, language: 'en' });
    expect(run.status).toBe('pass');
    expect(run.tests.length).toBeGreaterThanOrEqual(4);
    expect(run.tests.filter((check) => check.state !== 'pass')).toEqual([]);
    expect(run.tests[0]!.name).toBe('listens for TCP connections on the port it is given');
  });

  test('speaks Turkish when asked to', async () => {
    const run = await runStep({ step: stepOne, target: stepOne.folder, language: 'tr' });
    expect(run.tests.map((check) => check.name)).toContain(
      'kendisine verilen portta TCP bağlantılarını dinler',
    );
    expect(run.tests.find((check) => check.error)?.error?.message).toContain('yer tutucu');
  });

  test('leaves no server behind, even one that ignores SIGTERM', async () => {
    const target = copyOf(stepOne.solutionFolder);
    const server = join(target, 'server.ts');
    writeFileSync(server, `process.on('SIGTERM', () => {});\n${execFileSync('cat', [server])}`);
    const run = await runStep({ step: stepOne, target, language: 'en' });
    expect(run.tests.length).toBeGreaterThanOrEqual(4);
    expect(processesMentioning(target)).toEqual([]);
  });

  test('stops checks stuck in an endless loop and says which check was running', async () => {
    const target = copyOf(stepTwo.solutionFolder);
    writeFileSync(join(target, 'request.ts'), 'while (true) {}\nexport {};\n');
    const run = await runStep({ step: stepTwo, target, language: 'en', stallMs: 4000 });
    expect(run.status).toBe('error');
    expect(run.problem?.message).toMatch(/The check ".+" ran for 4 s without finishing/);
    expect(processesMentioning(target)).toEqual([]);
  });
});
