import chalk from 'chalk';
import type { StepRun, TestOutcome } from '../../checking/run-step.ts';
import { stepOfCheckFile } from '../../harness/earlier-checks.ts';
import { formatCheck, formatFailure } from './report.ts';
import { m } from './report-messages.ts';

/** The step an earlier check came from, or nothing for a check of the step itself. */
export function originOf(test: Pick<TestOutcome, 'file'>, run: Pick<StepRun, 'step'>) {
  const origin = test.file ? stepOfCheckFile(test.file) : undefined;
  return origin && origin.number < run.step.number ? origin.number : undefined;
}

/** The run as the step's own checks alone tell it, for the step's own part of the report. */
export function ownPart(run: StepRun): StepRun {
  const tests = run.tests.filter((test) => originOf(test, run) === undefined);
  const failed = tests.some((test) => test.state === 'fail' || test.state === 'not-run');
  return { ...run, tests, status: run.problem ? 'error' : failed ? 'fail' : 'pass' };
}

/**
 * The earlier steps' checks, apart from the step's own: each named by the step it comes from, so
 * that a bug carried forward is named where it started. The first failure is shown in full when
 * the step's own checks pass, as it is then what stands between the learner and the pass.
 */
export function formatEarlier(run: StepRun): string {
  const earlier = run.tests
    .filter((test) => test.state !== 'skip')
    .flatMap((test) => {
      const origin = originOf(test, run);
      return origin === undefined ? [] : [{ ...test, name: m.fromStep(origin, test.name) }];
    });
  if (earlier.length === 0) return '';
  const failing = earlier.filter((test) => test.state !== 'pass');
  const lines = [chalk.bold(m.earlierHeader), ...earlier.map((test) => formatCheck(test))];
  const first = failing.find((test) => test.error);
  const detail =
    first?.error && ownPart(run).status === 'pass' ? [formatFailure(first.error, first.name)] : [];
  const summary =
    failing.length === 0
      ? chalk.green(m.earlierPass(earlier.length))
      : chalk.red.bold(m.earlierFail(failing.length, earlier.length));
  return [lines.join('\n'), ...detail, summary].join('\n\n');
}
