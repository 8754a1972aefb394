import { language } from '../shared/i18n/language.ts';
import { gradeClass } from '../grading/run/grade-class.ts';
import { m } from '../grading/messages.ts';
import {
  defaultDeadlineSeconds,
  defaultJobs,
  defaultMemoryMb,
  defaultPoints,
  parsePoints,
  parseStepList,
  UsageError,
} from '../grading/run/options.ts';
import { progressBar } from '../grading/run/progress-bar.ts';
import { writeReports } from '../grading/reports/reports.ts';
import { resultsTable } from '../grading/reports/results-table.ts';
import { usage } from '../grading/run/usage.ts';
import { listSteps } from '../shared/workbook/steps.ts';
import { readArguments, refuse } from './command.ts';
import { wholeNumber } from './option-values.ts';

const all = listSteps();
const help = () =>
  usage({
    jobs: defaultJobs,
    deadlineSeconds: defaultDeadlineSeconds,
    memoryMb: defaultMemoryMb,
    points: defaultPoints,
    slugs: all.map((step) => step.slug),
  });

const command = readArguments(
  {
    steps: { type: 'string' },
    points: { type: 'string' },
    'all-or-nothing': { type: 'boolean', default: false },
    jobs: { type: 'string', default: String(defaultJobs) },
    deadline: { type: 'string', default: String(defaultDeadlineSeconds) },
    memory: { type: 'string', default: String(defaultMemoryMb) },
    json: { type: 'string' },
    junit: { type: 'string' },
    csv: { type: 'string' },
    classroom: { type: 'string' },
  },
  help,
);

/** What grading is asked to do, or nothing when the command line has a mistake (told). */
function gradingRequest({ values, positionals }: NonNullable<typeof command>) {
  if (positionals.length === 0) return refuse(m.noSubmissions, help);
  if (values.classroom && positionals.length !== 1) {
    return refuse(m.classroomNeedsOne(positionals.length), help);
  }
  const jobs = wholeNumber('jobs', values.jobs, help, { max: 64 });
  if (!jobs) return undefined;
  const deadline = wholeNumber('deadline', values.deadline, help, { min: 5, max: 3600 });
  if (!deadline) return undefined;
  const memory = wholeNumber('memory', values.memory, help, { min: 32, max: 65536 });
  if (!memory) return undefined;
  try {
    const steps = parseStepList(values.steps, all);
    return {
      submissions: positionals,
      steps,
      points: parsePoints(values.points, steps),
      rule: values['all-or-nothing'] ? ('all-or-nothing' as const) : ('partial' as const),
      jobs,
      deadlineMs: deadline * 1000,
      serverHeapMb: memory,
      reports: {
        json: values.json,
        junit: values.junit,
        csv: values.csv,
        classroom: values.classroom,
      },
    };
  } catch (error) {
    if (error instanceof UsageError) return refuse(error.message, help);
    throw error;
  }
}

const request = command && gradingRequest(command);

if (request) {
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
    process.exitCode = 1;
  }
}
