import { language } from '../../shared/i18n/language.ts';
import { m } from '../messages.ts';
import { writeReports, type ReportFiles } from '../reports/reports.ts';
import { resultsTable } from '../reports/results-table.ts';
import { gradeClass, type GradeOptions } from './grade-class.ts';
import { progressBar } from './progress-bar.ts';

/** What `npm run grade` was asked for: the class, its steps and points, and the reports to write. */
export type GradeRequest = Omit<GradeOptions, 'language' | 'progress'> & { reports: ReportFiles };

/** `npm run grade`: grades the class, prints the table, writes the reports. Resolves with the exit code. */
export async function gradeCommand(request: GradeRequest): Promise<number> {
  // Ctrl-C: exiting runs the clean-up that ends every running check and removes the copies.
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  const started = performance.now();
  const result = await gradeClass({ ...request, language, progress: progressBar() });
  console.log(resultsTable(result));
  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(`\n${m.graded(result.students.length, request.steps.length, seconds, request.jobs)}`);
  try {
    writeReports(result, request.reports).forEach((line) => console.log(line));
  } catch (error) {
    console.error(m.cannotWrite((error as Error).message));
    return 1;
  }
  return 0;
}
