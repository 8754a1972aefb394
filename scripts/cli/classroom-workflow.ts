import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { m } from '../grading/messages.ts';
import { classroomWorkflow, workflowPath } from '../grading/reports/classroom-workflow.ts';
import { readCommand } from './command.ts';

if (readCommand({}, m.workflowUsage)) {
  mkdirSync(dirname(workflowPath), { recursive: true });
  writeFileSync(workflowPath, classroomWorkflow());
  console.log(relative(process.cwd(), workflowPath));
}
