import { m } from '../grading/messages.ts';
import {
  defaultDeadlineSeconds,
  defaultJobs,
  defaultMemoryMb,
  parsePoints,
  parseStepList,
  UsageError,
} from '../grading/run/options.ts';
import type { Step } from '../shared/workbook/steps.ts';
import { refuse, type readArguments } from './command.ts';
import { wholeNumber } from './option-values.ts';

/** The options of `npm run grade`. */
export const gradeOptions = {
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
} as const;

type GradeCommandLine = NonNullable<ReturnType<typeof readArguments<typeof gradeOptions>>>;

/** What `npm run grade` is asked to do; nothing when the command line has a mistake (told). */
export function gradingRequest(
  { values, positionals }: GradeCommandLine,
  all: readonly Step[],
  help: () => string,
) {
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
