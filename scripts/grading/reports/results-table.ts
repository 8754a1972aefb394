import chalk from 'chalk';
import { numbers } from '../../shared/i18n/numbers.ts';
import { m } from '../messages.ts';
import type { ClassResult, Status, StudentResult } from '../score/results.ts';

const mark: Record<Status, string> = { pass: '✓', fail: '✗', error: '!' };
const paint: Record<Status, (text: string) => string> = {
  pass: chalk.green,
  fail: chalk.yellow,
  error: chalk.red,
};

const number = (value: number) => numbers.number(value, 2);

/** The first line of a message, for a one-line note under the table. */
const firstLine = (text: string) => text.split('\n')[0]!;

/**
 * The class at a glance: a row per student, a column per step with the score and a mark for
 * how the step went, the total last; then one line for each step not checked in full.
 */
export function resultsTable(result: ClassResult): string {
  const points = result.steps.map((step) => result.points.get(step.slug) ?? 0);
  const total = points.reduce((sum, each) => sum + each, 0);
  const header = [m.student, ...result.steps.map((step) => String(step.number)), m.total];
  const maxima = [m.pointsRow, ...points.map(number), number(total)];
  const rows = result.students.map((student) => [
    student.name,
    ...student.steps.map((step) => `${number(step.score)} ${mark[step.status]}`),
    number(student.score),
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, maxima, ...rows].map((row) => row[column]!.length)),
  );
  const line = (cells: string[], colour: (cell: string, column: number) => string) =>
    cells
      .map((cell, column) => {
        const padded = column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!);
        return colour(padded, column);
      })
      .join('  ');
  const studentLine = (student: StudentResult, cells: string[]) =>
    line(cells, (cell, column) => {
      const step = student.steps[column - 1];
      if (step) return paint[step.status](cell);
      return column === 0 ? cell : chalk.bold(cell);
    });
  const table = [
    chalk.bold(line(header, (cell) => cell)),
    chalk.dim(line(maxima, (cell) => cell)),
    ...result.students.map((student, index) => studentLine(student, rows[index]!)),
  ];
  return [...table, '', chalk.dim(m.legend), ...problems(result)].join('\n');
}

function problems(result: ClassResult): string[] {
  const notes = result.students.flatMap((student) => {
    if (student.problem) return [`  ${student.name}: ${firstLine(student.problem)}`];
    // A step cut short (by the deadline, say) may still have earned points: it is listed too.
    return student.steps.flatMap((step) => {
      const reason = step.message ?? step.checks.find((check) => check.status === 'error')?.message;
      return reason ? [`  ${student.name} · ${step.step.number}: ${firstLine(reason)}`] : [];
    });
  });
  return notes.length > 0 ? ['', chalk.red(m.couldNotCheck), ...notes] : [];
}
