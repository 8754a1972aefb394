import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { m as stepOne } from '../../../steps/01-tcp-listen/messages.ts';
import { stateFolder } from '../../shared/workbook/paths.ts';
import { findStep } from '../../shared/workbook/steps.ts';
import { buildSubmission, type Kind } from '../fixtures/synthetic-class.ts';
import {
  entriesOf,
  isFree,
  isRunning,
  processesMentioning,
  snapshot,
} from '../fixtures/leftovers.ts';
import { gradeClass } from './grade-class.ts';
import { m } from '../messages.ts';
import { parsePoints } from './options.ts';
import { roundScore } from '../score/scoring.ts';
import type { ClassResult, StudentResult } from '../score/results.ts';

const steps = [findStep('1')!, findStep('2')!];
// Long enough for the reference solution on a busy machine; servers that hang wait it out.
const deadlineSeconds = 45;
const byHand = (check: { name: string }) => check.name === stepOne.buildsOnNetAlone.name;

/** Each student's folder name and what they handed in; the first name is hard on report files. */
const roster: [string, Kind][] = [
  ['o\'brien, "jr"', 'solution'],
  ['steps-only', 'steps-only'],
  ['starter', 'starter'],
  ['tampered-tests', 'tampered-tests'],
  ['syntax-error', 'syntax-error'],
  ['throws-at-import', 'throws-at-import'],
  ['floods', 'floods'],
  ['hogs-memory', 'hogs-memory'],
  ['loops-at-import', 'loops-at-import'],
  ['never-listens', 'never-listens'],
  ['stubborn', 'stubborn'],
  ['missing-file', 'missing-file'],
  ['empty', 'empty'],
  ['not-a-submission', 'not-a-submission'],
  ['not-a-folder', 'not-a-folder'],
];

let folder: string;
/** Where this test's grading copies the students' files, watched for leftovers. */
const grading = join(stateFolder, `grading-test-${process.pid}`);
let before: { submissions: string[] };
let result: ClassResult;
const student = (name: string): StudentResult => result.students.find((s) => s.name === name)!;
const statuses = (name: string, step = 0) => student(name).steps[step]!.checks.map((c) => c.status);

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'workbook-class-'));
  // The student missing a file of step 1 has not started step 2.
  const solvedUpTo = (kind: Kind) => (kind === 'missing-file' ? 1 : Infinity);
  const paths = roster.map(([name, kind]) =>
    buildSubmission(join(folder, name), kind, steps, solvedUpTo(kind)),
  );
  before = { submissions: paths.flatMap(snapshot) };
  vi.stubEnv('GRADING_FIXTURE_LOG', join(folder, 'fixture.log'));
  result = await gradeClass({
    submissions: paths,
    steps,
    points: parsePoints(undefined, steps),
    rule: 'partial',
    jobs: 2,
    deadlineMs: deadlineSeconds * 1000,
    serverHeapMb: 64,
    language: 'en',
    stagingIn: grading,
  });
}, 300_000);

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(folder, { recursive: true, force: true });
  rmSync(grading, { recursive: true, force: true });
});

describe('grading a class', () => {
  test('gives every student a result for every step, in the order given', () => {
    expect(result.students.map((s) => s.name)).toEqual(roster.map(([name]) => name));
    expect(result.students.every((s) => s.steps.length === 2)).toBe(true);
  });

  test('grades finished work in full, as a copy of the workbook or as its steps alone', () => {
    const finished = student('o\'brien, "jr"');
    expect(finished.steps.map((s) => s.status)).toEqual(['pass', 'pass']);
    expect([finished.score, finished.maxScore]).toEqual([20, 20]);
    expect(student('steps-only').steps.map((s) => [s.status, s.score])).toEqual([
      ['pass', 10],
      ['error', 0],
    ]);
    expect(student('steps-only').steps[1]!.message).toBe(m.stepFolderMissing(steps[1]!.slug));
  });

  test('scores an untouched starter 0 and says the step was not attempted', () => {
    for (const step of student('starter').steps) {
      expect([step.status, step.score]).toEqual(['fail', 0]);
      expect(step.checks.every((check) => check.message === m.untouchedStarter)).toBe(true);
    }
  });

  test("runs the instructor's checks, not the ones a student swapped in", () => {
    const names = student('tampered-tests').steps[0]!.checks.map((check) => check.name);
    expect(names).toEqual(student('o\'brien, "jr"').steps[0]!.checks.map((check) => check.name));
    expect(student('tampered-tests').steps[0]!.checks[0]!.message).toMatch(/TODO\(step 1\)/);
  });

  test('fails each server check of work that crashes at start, with its cause', () => {
    const causes = {
      'syntax-error': /Unexpected end of file/,
      'throws-at-import': /my server is not ready yet/,
      'hogs-memory': /SIGABRT/,
    };
    for (const [name, cause] of Object.entries(causes)) {
      const [first, second] = student(name).steps;
      const checks = first!.checks;
      expect(statuses(name), name).toEqual(checks.map((c) => (byHand(c) ? 'pass' : 'fail')));
      expect(first!.score, name).toBe(roundScore(10 / checks.length));
      expect(`${checks[0]!.message}\n${checks[0]!.output}`, name).toMatch(cause);
      expect(second!.status, name).toBe('fail');
    }
    expect(student('syntax-error').steps[0]!.checks[0]!.output).toContain('steps/01-tcp-listen/');
  });

  test('stops a server that prints without end, and says so', () => {
    const { checks, status } = student('floods').steps[0]!;
    expect(status).toBe('fail');
    expect(checks[0]!.message).toMatch(/more than 16 MB/);
    expect(checks.filter((check) => check.status === 'pass').length).toBeLessThanOrEqual(1);
  });

  test('fails every server check of a server that loops or never listens, saying so', () => {
    for (const name of ['loops-at-import', 'never-listens']) {
      const { checks, status } = student(name).steps[0]!;
      expect(status, name).toBe('fail');
      for (const check of checks.filter((c) => !byHand(c))) {
        expect(check.status, `${name}: ${check.name}`).toBe('fail');
        expect(check.message, `${name}: ${check.name}`).toContain('did not start listening');
      }
    }
  });

  test('passes a correct server that ignores signals, and ends it and its helpers all the same', async () => {
    expect(student('stubborn').steps[0]!.status).toBe('pass');
    const logged = readFileSync(join(folder, 'fixture.log'), 'utf8').trim().split('\n');
    const numbers = (kind: string) =>
      logged
        .filter((line) => line.startsWith(`${kind} `))
        .map((line) => Number(line.split(' ')[1]));
    expect(numbers('port').length).toBeGreaterThan(0);
    for (const port of numbers('port')) expect(await isFree(port), `port ${port}`).toBe(true);
    expect(numbers('pid').length).toBeGreaterThan(0);
    for (const pid of numbers('pid')) expect(isRunning(pid), `helper ${pid}`).toBe(false);
  });

  test('names a missing learner file and grades the steps that have theirs', () => {
    const [first] = student('missing-file').steps;
    expect([first!.status, first!.score]).toEqual(['error', 0]);
    expect(first!.message).toContain('server.ts');
  });

  test('reports an empty folder, a folder that is no workbook and a file, without grading', () => {
    for (const name of ['empty', 'not-a-submission', 'not-a-folder']) {
      const { problem, status, score, steps: results } = student(name);
      expect([status, score], name).toEqual(['error', 0]);
      expect(problem, name).toContain(join(folder, name));
      expect(results.every((step) => step.message === problem)).toBe(true);
    }
  });

  test('leaves no process and no copied files behind, and never writes into a submission', () => {
    expect(processesMentioning(grading)).toEqual([]);
    expect(entriesOf(grading)).toEqual([]);
    const paths = roster.map(([name]) => join(folder, name));
    expect(paths.flatMap(snapshot)).toEqual(before.submissions);
  });
});
