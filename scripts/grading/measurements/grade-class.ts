import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSubmission, type Kind } from '../fixtures/synthetic-class.ts';
import { gradeClass } from '../run/grade-class.ts';
import { defaultDeadlineSeconds, parsePoints, parseStepList } from '../run/options.ts';
import { listSteps } from '../../shared/workbook/steps.ts';
import {
  numberList,
  readMeasurementOptions,
  stopWithUsage,
  wholeNumber,
} from '../../shared/measurement-options.ts';

// Measures how fast `npm run grade` gets through a class, and how that changes with --jobs.
const usage =
  'Usage: node --import tsx scripts/grading/measurements/grade-class.ts [--jobs 1,2,3] [--steps 1-4] [--deadline 120]';
const values = readMeasurementOptions(
  {
    jobs: { type: 'string', default: '1,2,3' },
    steps: { type: 'string' },
    deadline: { type: 'string', default: String(defaultDeadlineSeconds) },
  },
  usage,
);
const jobsToTry = numberList('jobs', values.jobs, usage);
const deadlineSeconds = wholeNumber('deadline', values.deadline, usage);

const steps = (() => {
  try {
    return parseStepList(values.steps, listSteps());
  } catch (error) {
    return stopWithUsage((error as Error).message, usage);
  }
})();
const half = steps[Math.floor((steps.length - 1) / 2)]!.number;
/** A class as it looks mid-course: finished work, work half done, untouched and broken work. */
const roster: [name: string, kind: Kind, solvedUpTo: number][] = [
  ['finished-1', 'solution', Infinity],
  ['finished-2', 'solution', Infinity],
  ['half-done', 'solution', half],
  ['not-started', 'starter', Infinity],
  ['syntax-error', 'syntax-error', Infinity],
  ['never-listens', 'never-listens', Infinity],
];

const folder = mkdtempSync(join(tmpdir(), 'workbook-grading-bench-'));
const submissions = roster.map(([name, kind, upTo]) =>
  buildSubmission(join(folder, name), kind, steps, upTo),
);
console.log(
  `${submissions.length} submissions × ${steps.length} steps (${steps.map((s) => s.number).join(', ')}), ` +
    `deadline ${deadlineSeconds} s, ${availableParallelism()} processors, load ${loadavg()[0]!.toFixed(1)}`,
);
console.log('jobs  seconds  submissions/min  step runs/min  load  scores');
try {
  for (const jobs of jobsToTry) {
    const started = performance.now();
    const result = await gradeClass({
      submissions,
      steps,
      points: parsePoints(undefined, steps),
      rule: 'partial',
      jobs,
      deadlineMs: deadlineSeconds * 1000,
      serverHeapMb: 256,
      language: 'en',
    });
    const minutes = (performance.now() - started) / 60_000;
    const scores = result.students.map((student) => student.score).join(' ');
    const perMinute = (count: number) => (count / minutes).toFixed(1).padStart(13);
    console.log(
      `${String(jobs).padStart(4)}  ${(minutes * 60).toFixed(1).padStart(7)}  ${perMinute(submissions.length).padStart(15)}  ${perMinute(submissions.length * steps.length)}  ${loadavg()[0]!.toFixed(1).padStart(4)}  ${scores}`,
    );
    // Finished work must score in full at any --jobs: a lost check here means grading is unfair.
    for (const student of result.students.filter((each) => each.name.startsWith('finished'))) {
      for (const step of student.steps) {
        for (const check of step.checks.filter((each) => each.status !== 'pass')) {
          const why = (check.message ?? '').split('\n')[0];
          console.log(`      ! ${student.name}, step ${step.step.number}: ${check.name}: ${why}`);
        }
      }
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
