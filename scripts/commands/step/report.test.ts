import { describe, expect, test } from 'vitest';
import { findStep } from '../../shared/workbook/steps.ts';
import { formatCheck, formatFailure, formatNextAction } from './report.ts';
import { m } from './report-messages.ts';
import type { StepRun } from '../../checking/run-record.ts';

const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

describe('a failure in the report', () => {
  test('spells out the line ends of bytes that crossed the wire', () => {
    const shown = plain(
      formatFailure({
        message: 'Wrong',
        expected: 'HTTP/1.1 200 OK\r\n',
        received: 'HTTP/1.1 200 OK\n',
      }),
    );
    expect(shown).toContain('HTTP/1.1 200 OK\\r\\n');
    expect(shown).toMatch(/HTTP\/1\.1 200 OK\\n$/m);
  });

  test('shows values written out as text as they are', () => {
    const value = JSON.stringify({ method: 'GET', target: '/' }, null, 2);
    const shown = plain(
      formatFailure({ message: 'Wrong', expected: value, received: value, plainText: true }),
    );
    expect(shown).not.toContain('\\n');
    expect(shown).toContain('  "method": "GET",\n');
  });

  test('is named under its check in the list, by the first line of its message', () => {
    const error = { message: 'Your server kept the socket open.\nMore detail.' };
    const shown = plain(formatCheck({ name: 'closes the connection', state: 'fail', error }));
    expect(shown).toBe('  ✗ closes the connection\n    Your server kept the socket open.');
  });

  test("is not repeated under each check a starter's placeholder stops", () => {
    const error = { message: 'The starter is still there.', kind: 'todo' as const };
    const shown = plain(formatCheck({ name: 'closes the connection', state: 'fail', error }));
    expect(shown).toBe('  ✗ closes the connection');
  });
});

describe('the next action after a run', () => {
  const run = (status: StepRun['status']): StepRun => ({
    step: findStep('3')!,
    status,
    tests: [],
    durationMs: 0,
  });
  const next = { number: 4, title: 'Serve a real HTML page' };

  test('after a failure, names the commands to run again, get a hint, or watch', () => {
    const shown = plain(formatNextAction(run('fail'), next));
    expect(shown.split('\n')).toEqual([m.retry(3), m.askHint(3), m.watching(3)]);
  });

  test("in watch mode, leaves a failure to watch mode's own line", () => {
    expect(formatNextAction(run('fail'), next, true)).toBe('');
  });

  test('after a pass, points to the comparison and the next step, in watch mode too', () => {
    const shown = plain(formatNextAction(run('pass'), next, true));
    expect(shown).toContain(m.compare(3));
    expect(shown).toContain(m.nextStep(4, next.title));
  });
});
