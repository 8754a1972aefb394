import chalk from 'chalk';
import { showBytes } from '../../harness/show-bytes.ts';
import { m as failure } from '../../harness/messages.ts';
import type { TypeProblem } from '../../checking/type-check.ts';
import type { ReportedError } from '../../checking/events.ts';
import { m } from './report-messages.ts';
import type { StepRun, TestOutcome } from '../../checking/run-step.ts';

const indent = (text: string, prefix = '    ') =>
  text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');

export function formatCheck(
  test: Pick<TestOutcome, 'name' | 'state' | 'error'> & { notes?: readonly string[] },
): string {
  const notes = (test.notes ?? []).map((note) => chalk.dim(`\n    ℹ ${note}`)).join('');
  if (test.state === 'pass') return `  ${chalk.green('✓')} ${test.name}${notes}`;
  // Its first line, so that every failing check says what went wrong, not only the first one; a
  // starter's placeholder is told once, below the list, rather than under each check it stops.
  const { error } = test;
  const why =
    error && error.kind !== 'todo' ? chalk.dim(`\n    ${error.message.split('\n')[0]}`) : '';
  if (test.state === 'fail') return `  ${chalk.red('✗')} ${test.name}${why}${notes}`;
  return chalk.dim(`  · ${test.name} (${m.notRun})`) + notes;
}

/** One failure in full: what went wrong, expected and received bytes, and what to do next. */
export function formatFailure(error: ReportedError, title?: string): string {
  const parts = [title ? chalk.red.bold(`✗ ${title}`) : '', indent(error.message, '  ')];
  const show = error.plainText ? (text: string) => text : showBytes;
  if (error.expected !== undefined) {
    parts.push(`  ${chalk.green(failure.parts.expected)}:\n${indent(show(error.expected))}`);
  }
  if (error.received !== undefined) {
    parts.push(`  ${chalk.red(failure.parts.received)}:\n${indent(show(error.received))}`);
  }
  if (error.hint) parts.push(`  ${chalk.cyan(failure.parts.next)}: ${error.hint}`);
  if (error.output?.trim()) {
    parts.push(`  ${chalk.dim(m.serverOutput)}:\n${chalk.dim(indent(error.output, '    │ '))}`);
  }
  return parts.filter(Boolean).join('\n\n');
}

/** Where the run leaves the learner: the first failure in full, then the next thing to do. */
export function formatOutcome(run: StepRun): string {
  const total = run.tests.length;
  const failing = run.tests.filter((test) => test.state === 'fail' || test.state === 'not-run');
  // A starter's placeholder explains every other failure, so it is shown first.
  const firstFailure =
    failing.find((test) => test.error?.kind === 'todo') ?? failing.find((test) => test.error);
  const sections: string[] = [];
  if (run.problem) {
    sections.push(formatFailure(run.problem, m.couldNotRun));
  } else if (firstFailure?.error) {
    if (firstFailure.error.kind === 'todo') sections.push(chalk.yellow(m.todoNotice));
    sections.push(formatFailure(firstFailure.error, firstFailure.name));
  }
  const summary =
    run.status === 'pass'
      ? chalk.green.bold(m.passed(total))
      : chalk.red.bold(run.problem ? m.couldNotRun : m.failed(failing.length, total));
  return [...sections, summary].join('\n\n');
}

/**
 * The next action, as commands to type: the next step after a pass, help after a failure. Watch
 * mode's own line says how to re-run and get a hint, so there a failure needs none.
 */
export function formatNextAction(
  run: StepRun,
  next: { number: number; title: string } | undefined,
  watching = false,
): string {
  const number = run.step.number;
  if (run.status !== 'pass') {
    return watching ? '' : [m.retry(number), m.askHint(number), m.watching(number)].join('\n');
  }
  const lines = [m.compare(number)];
  lines.push(
    next ? `${m.nextStep(next.number, next.title)} ${m.readNext(next.number)}` : m.finished,
  );
  if (next) lines.push(m.carryForward(next.number));
  return lines.join('\n');
}

/** TypeScript's view of the learner's files, briefly: where, and what, a few at most. */
export function formatTypeProblems(problems: readonly TypeProblem[], shown = 5): string {
  const lines = problems
    .slice(0, shown)
    .map((problem) => `  ${chalk.yellow(`${problem.file}:${problem.line}`)}  ${problem.message}`);
  if (problems.length > shown)
    lines.push(chalk.dim(`  ${m.moreTypeProblems(problems.length - shown)}`));
  return [chalk.yellow.bold(m.typeProblems(problems.length)), ...lines].join('\n');
}
