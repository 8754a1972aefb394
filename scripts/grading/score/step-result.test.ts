import { describe, expect, test } from 'vitest';
import type { StepRun } from '../../checking/run-step.ts';
import { findStep } from '../../shared/workbook/steps.ts';
import { m } from '../messages.ts';
import { checksOfRun } from './step-result.ts';

const step = findStep('1')!;
const listed = ['step 1 > listens', 'step 1 > greets', 'step 1 > survives'];
const stopped = { message: 'The checks did not finish within 9 s.', hint: 'Look for a loop.' };

function run(tests: StepRun['tests'], problem?: StepRun['problem']): StepRun {
  return {
    step,
    status: problem ? 'error' : 'fail',
    tests,
    durationMs: 1,
    ...(problem ? { problem } : {}),
  };
}

describe("a step run's checks", () => {
  test('keep the order of the listing, with what each check said', () => {
    const checks = checksOfRun(
      run([
        {
          name: 'greets',
          state: 'fail',
          durationMs: 5,
          error: {
            message: 'No greeting.',
            expected: 'Hi\r\n',
            received: '',
            hint: 'Print it.',
            output: 'server log',
          },
        },
        { name: 'listens', state: 'pass', durationMs: 3 },
        { name: 'survives', state: 'pass', durationMs: 4 },
      ]),
      listed,
    );
    expect(checks.map((check) => [check.name, check.status])).toEqual([
      ['listens', 'pass'],
      ['greets', 'fail'],
      ['survives', 'pass'],
    ]);
    expect(checks[1]!.message).toMatch(/^No greeting\.\n\nExpected:\nHi\\r\\n\n/);
    expect(checks[1]!.message).toContain('Print it.');
    expect(checks[1]!.output).toBe('server log');
  });

  test('that never finished are errors that give the reason the run stopped', () => {
    const checks = checksOfRun(
      run(
        [
          { name: 'listens', state: 'pass', durationMs: 3 },
          { name: 'greets', state: 'not-run', durationMs: 0 },
        ],
        stopped,
      ),
      listed,
    );
    expect(checks.map((check) => check.status)).toEqual(['pass', 'error', 'error']);
    expect(checks[2]!.message).toContain(stopped.message);
  });

  test('that were not listed still count, after the listed ones', () => {
    const passed = (name: string) => ({ name, state: 'pass' as const, durationMs: 1 });
    const ran = run([passed('survives'), passed('listens'), passed('greets')]);
    const checks = checksOfRun(ran, ['step 1 > listens']);
    expect(checks.map((check) => check.name)).toEqual(['listens', 'survives', 'greets']);
  });

  test('still name the step when nothing could be listed or run', () => {
    const checks = checksOfRun(run([], stopped), []);
    expect(checks).toEqual([expect.objectContaining({ name: m.wholeStep(1), status: 'error' })]);
  });
});
