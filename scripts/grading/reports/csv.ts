import { m } from '../messages.ts';
import type { ClassResult } from '../score/results.ts';
import { roundScore } from '../score/scoring.ts';

/** One field as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break. */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A gradebook: one row per student, the score of each step, the total; CRLF line ends. */
export function gradebookCsv(result: ClassResult): string {
  const points = result.steps.map((step) => result.points.get(step.slug) ?? 0);
  const header = [
    m.csvStudent,
    ...result.steps.map((step, index) => m.csvStep(step.number, points[index]!)),
    m.csvTotal(roundScore(points.reduce((sum, each) => sum + each, 0))),
  ];
  const rows = result.students.map((student) => [
    student.name,
    ...student.steps.map((step) => step.score),
    student.score,
  ]);
  return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
