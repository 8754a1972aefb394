import { describe, expect, test } from 'vitest';
import { listSteps } from '../../shared/workbook/steps.ts';
import { parsePoints, parseStepList, UsageError } from './options.ts';
import { scoreChecks } from '../score/scoring.ts';

const all = listSteps();
const [one, two] = all;

describe('choosing steps and points', () => {
  test('takes steps by number, range or name, in the order of the workbook', () => {
    expect(parseStepList('2,1', all)).toEqual([one, two]);
    expect(parseStepList('1-2', all)).toEqual([one, two]);
    expect(parseStepList('parse-request', all)).toEqual([two]);
    expect(parseStepList(undefined, all)).toEqual(all);
    expect(() => parseStepList('1,nope', all)).toThrow(/There is no step "nope"/);
  });

  test('gives every step 10 points unless told otherwise, one step at a time if asked', () => {
    expect([...parsePoints(undefined, [one!, two!]).values()]).toEqual([10, 10]);
    expect([...parsePoints('5,2=20', [one!, two!]).values()]).toEqual([5, 20]);
    expect(() => parsePoints('2=lots', all)).toThrow(UsageError);
    expect(() => parsePoints('99=5', all)).toThrow(/There is no step "99"/);
  });
});

describe('scoring a step', () => {
  const checks = ['pass', 'pass', 'pass', 'fail'].map((status, index) => ({
    name: `check ${index}`,
    status: status as 'pass' | 'fail',
    durationMs: 1,
  }));

  test('gives partial credit: an equal share of the points for each check that passes', () => {
    const scored = scoreChecks(checks, 10, 'partial');
    expect(scored.score).toBe(7.5);
    expect(scored.checks.map((check) => check.score)).toEqual([2.5, 2.5, 2.5, 0]);
  });

  test('gives nothing short of every check passing when all-or-nothing', () => {
    expect(scoreChecks(checks, 10, 'all-or-nothing').score).toBe(0);
    const passing = checks.map((check) => ({ ...check, status: 'pass' as const }));
    expect(scoreChecks(passing, 10, 'all-or-nothing').score).toBe(10);
  });

  test('gives nothing for a step with no checks to pass', () => {
    expect(scoreChecks([], 10, 'partial').score).toBe(0);
  });
});
