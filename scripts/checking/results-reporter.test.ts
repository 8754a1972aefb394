import { describe, expect, test } from 'vitest';
import { reported } from './results-reporter.ts';

describe("a check's error as the learner reads it", () => {
  test("says in the learner's words that a check ran out of time, with what to look at", () => {
    const error = reported({
      name: 'Error',
      message: 'Test timed out in 30000ms.\nIf this is a long-running test, pass a timeout value…',
    });
    expect(error.message).toBe('This check did not finish within 30 s, so it was stopped.');
    expect(error.hint).toMatch(/npm run serve/);
  });

  test('keeps the message and hint a check gave', () => {
    const error = reported({
      name: 'LearnerError',
      message: 'Your server sent nothing.',
      hint: 'Send it.',
    });
    expect(error).toMatchObject({ message: 'Your server sent nothing.', hint: 'Send it.' });
  });
});
