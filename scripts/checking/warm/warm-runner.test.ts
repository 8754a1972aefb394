import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findStep } from '../../shared/workbook/steps.ts';
import { WarmChecks } from './warm-runner.ts';
import { folderFiles } from '../../shared/workbook/folder-files.ts';

const stepTwo = findStep('2')!;
const stepFour = findStep('4')!;
const cleanups: (() => void)[] = [];

function warmChecksOnACopy(stallMs = 30_000, step = stepTwo) {
  const target = mkdtempSync(join(tmpdir(), 'workbook-warm-'));
  cpSync(step.solutionFolder, target, { recursive: true });
  const checks = new WarmChecks(step, target, 'en', { stallMs, deadlineMs: 120_000 });
  cleanups.push(
    () => checks.close(),
    () => rmSync(target, { recursive: true, force: true }),
  );
  const run = () => checks.run(folderFiles(target).map((file) => join(target, file)));
  return { target, checks, run };
}

/** The command lines of the processes in a process group. */
const processesInGroup = (group: number) =>
  execFileSync('ps', ['-eo', 'pgid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => Number(line.trim().split(' ')[0]) === group);

afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('checks kept warm for watch mode', () => {
  test('see every edit of a learner module between runs', async () => {
    const { target, run } = warmChecksOnACopy();
    expect((await run()).status).toBe('pass');
    const request = join(target, 'request.ts');
    const solution = readFileSync(request, 'utf8');
    writeFileSync(request, solution.replace('toLowerCase()', 'toUpperCase()'));
    expect((await run()).status).toBe('fail');
    writeFileSync(request, solution);
    expect((await run()).status).toBe('pass');
  });

  test('stop a stuck run, say which check hung, and run again afterwards', async () => {
    const { target, run } = warmChecksOnACopy(4000);
    const request = join(target, 'request.ts');
    const solution = readFileSync(request, 'utf8');
    writeFileSync(request, 'while (true) {}\nexport {};\n');
    const stuck = await run();
    expect(stuck.status).toBe('error');
    expect(stuck.problem?.message).toMatch(/The check ".+" ran for 4 s without finishing/);
    writeFileSync(request, solution);
    expect((await run()).status).toBe('pass');
  });

  test('leave the check in a real browser to the full run, and say so', async () => {
    const { run } = warmChecksOnACopy(30_000, stepFour);
    const { status, tests } = await run();
    expect(status).toBe('pass');
    expect(tests.map((check) => check.name)).not.toContain(
      'shows the "Hello!" page in a real browser',
    );
    expect(tests.flatMap((check) => check.notes ?? []).join('\n')).toMatch(
      /Watch mode leaves out the check in a real browser/,
    );
  });

  test('leave nothing running once closed, the spare servers included', async () => {
    const { checks, run } = warmChecksOnACopy();
    await run();
    const group = checks.pid!;
    // The spares for the next run, started once this one ends, belong to the runner's group.
    await expect
      .poll(() => processesInGroup(group).some((line) => line.includes('spare-server.mjs')))
      .toBe(true);
    checks.close();
    await expect.poll(() => processesInGroup(group), { timeout: 5000 }).toEqual([]);
  });
});
