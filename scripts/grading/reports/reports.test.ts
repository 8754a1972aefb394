import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { findStep } from '../../shared/workbook/steps.ts';
import { gradebookCsv } from './csv.ts';
import { elementsNamed, parseXml } from '../fixtures/xml-document.ts';
import { junitXml, reportFileNames } from './junit.ts';
import type { CheckResult, ClassResult, StepResult, StudentResult } from '../score/results.ts';
import { classJson, classroomResult } from './results-json.ts';

const [one, two] = [findStep('1')!, findStep('2')!];
const awkward = 'Ayşe "the <best>", & co';
const noisy = 'crashed \x1b[31mred\x1b[0m \x00\x07 ]]> \uD800 🚀\r\nnext line';

const check = (name: string, status: CheckResult['status'], score: number): CheckResult => ({
  name,
  status,
  score,
  durationMs: 12,
  ...(status === 'pass' ? {} : { message: `${name} went wrong:\n${noisy}`, output: noisy }),
});

const stepOf = (step = one, checks: CheckResult[]): StepResult => ({
  step,
  status: checks.every((c) => c.status === 'pass') ? 'pass' : 'fail',
  checks,
  score: checks.reduce((sum, c) => sum + c.score, 0),
  maxScore: 10,
  durationMs: 1500,
});

const students: StudentResult[] = [
  {
    name: awkward,
    path: `/class/${awkward}`,
    status: 'fail',
    steps: [
      stepOf(one, [check('listens', 'pass', 5), check('greets "you"', 'fail', 0)]),
      stepOf(two, [check('parses', 'error', 0)]),
    ],
    score: 5,
    maxScore: 20,
  },
  {
    name: 'bob\r\nnewline',
    path: '/class/bob',
    status: 'pass',
    steps: [
      stepOf(one, [check('listens', 'pass', 10)]),
      stepOf(two, [check('parses', 'pass', 10)]),
    ],
    score: 20,
    maxScore: 20,
  },
];
const result: ClassResult = {
  students,
  steps: [one, two],
  points: new Map([
    [one.slug, 10],
    [two.slug, 10],
  ]),
  scoring: 'partial',
};

describe('the reports of a grading', () => {
  test('JSON gives each step in the shape of Exercism results.json, with Classroom scores', () => {
    const json = JSON.parse(classJson(result));
    const step = json.students[0].steps[0];
    expect(step).toMatchObject({ version: 2, status: 'fail', max_score: 10, score: 5 });
    expect(step.message).toBeUndefined();
    expect(step.tests.map((t: { name: string; status: string }) => [t.name, t.status])).toEqual([
      ['listens', 'pass'],
      ['greets "you"', 'fail'],
    ]);
    expect(step.tests[1].message).toContain('greets "you" went wrong');
    expect(json.students[0]).toMatchObject({ student: awkward, score: 5, max_score: 20 });
  });

  test('JUnit XML is well-formed whatever the names and output hold, and counts right', () => {
    const suites = parseXml(junitXml(students[0]!));
    expect(suites.attributes).toMatchObject({
      name: awkward,
      tests: '3',
      failures: '1',
      errors: '1',
    });
    const cases = elementsNamed(suites, 'testcase');
    expect(cases.map((c) => c.attributes.name)).toEqual(['listens', 'greets "you"', 'parses']);
    expect(elementsNamed(cases[1]!, 'failure')[0]!.text).toContain(']]>');
    expect(elementsNamed(cases[2]!, 'error')).toHaveLength(1);
  });

  test('JUnit files get safe names that never collide', () => {
    const named = (name: string) => ({ ...students[1]!, name });
    const names = reportFileNames([named('a/b'), named('a:b'), named('A:B'), named('..')]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(4);
    expect(names.every((n) => /^[\w.-]+\.xml$/.test(n) && !n.startsWith('.'))).toBe(true);
  });

  test('the CSV gradebook follows RFC 4180: a parser reads back every name and score', () => {
    const csv = gradebookCsv(result);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parse(csv, { record_delimiter: '\r\n' }) as string[][];
    expect(rows.slice(1)).toEqual([
      [awkward, '5', '0', '5'],
      ['bob\r\nnewline', '10', '10', '20'],
    ]);
    expect(rows[0]).toHaveLength(4);
  });

  test("GitHub Classroom's result decodes to the reporter's shape and adds up", () => {
    const decoded = JSON.parse(Buffer.from(classroomResult(students[0]!), 'base64').toString());
    expect(decoded).toMatchObject({ version: 2, status: 'fail', max_score: 20 });
    const total = decoded.tests.reduce((sum: number, t: { score: number }) => sum + t.score, 0);
    expect(total).toBe(5);
    expect(decoded.tests[0].name).toBe('1. listens');
  });
});
