import { parseArgs } from 'node:util';
import { language } from '../shared/i18n/language.ts';
import { gradeClass } from '../grading/run/grade-class.ts';
import { m } from '../grading/messages.ts';
import {
  defaultDeadlineSeconds,
  defaultJobs,
  defaultMemoryMb,
  defaultPoints,
  parseCount,
  parsePoints,
  parseStepList,
  UsageError,
} from '../grading/run/options.ts';
import { progressBar } from '../grading/run/progress-bar.ts';
import { writeReports } from '../grading/reports/reports.ts';
import { resultsTable } from '../grading/reports/results-table.ts';
import { usage } from '../grading/run/usage.ts';
import { listSteps } from '../shared/workbook/steps.ts';

const all = listSteps();
const help = () =>
  usage({
    jobs: defaultJobs,
    deadlineSeconds: defaultDeadlineSeconds,
    memoryMb: defaultMemoryMb,
    points: defaultPoints,
    slugs: all.map((step) => step.slug),
  });

function readArguments() {
  const { values, positionals } = parseArgs({
    options: {
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
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) return undefined;
  if (positionals.length === 0) throw new UsageError(m.noSubmissions);
  if (values.classroom && positionals.length !== 1) {
    throw new UsageError(m.classroomNeedsOne(positionals.length));
  }
  const steps = parseStepList(values.steps, all);
  return {
    submissions: positionals,
    steps,
    points: parsePoints(values.points, steps),
    rule: values['all-or-nothing'] ? ('all-or-nothing' as const) : ('partial' as const),
    jobs: parseCount('jobs', values.jobs, 1, 64),
    deadlineMs: parseCount('deadline', values.deadline, 5, 3600) * 1000,
    serverHeapMb: parseCount('memory', values.memory, 32, 65536),
    reports: {
      json: values.json,
      junit: values.junit,
      csv: values.csv,
      classroom: values.classroom,
    },
  };
}

let request: ReturnType<typeof readArguments>;
try {
  request = readArguments();
} catch (error) {
  const badOption = String((error as { code?: string }).code).startsWith('ERR_PARSE_ARGS');
  if (!(error instanceof UsageError) && !badOption) throw error;
  console.error(`${(error as Error).message}\n`);
  process.exitCode = 1;
}

if (request === undefined) {
  console.log(help());
} else {
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
