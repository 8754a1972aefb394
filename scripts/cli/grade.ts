import {
  defaultDeadlineSeconds,
  defaultJobs,
  defaultMemoryMb,
  defaultPoints,
} from '../grading/run/options.ts';
import { gradeCommand } from '../grading/run/grade-command.ts';
import { usage } from '../grading/run/usage.ts';
import { listSteps } from '../shared/workbook/steps.ts';
import { readArguments } from './command.ts';
import { gradeOptions, gradingRequest } from './grading-request.ts';

const all = listSteps();
const help = () =>
  usage({
    jobs: defaultJobs,
    deadlineSeconds: defaultDeadlineSeconds,
    memoryMb: defaultMemoryMb,
    points: defaultPoints,
    slugs: all.map((step) => step.slug),
  });

const command = readArguments(gradeOptions, help);
const request = command && gradingRequest(command, all, help);

if (request) process.exitCode = await gradeCommand(request);
