import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { classroomWorkflow, workflowPath } from '../grading/reports/classroom-workflow.ts';

// Writes .github/workflows/classroom.yml: GitHub Classroom's autograding, a grading step per
// workbook step. Run it again whenever a step is added.
mkdirSync(dirname(workflowPath), { recursive: true });
writeFileSync(workflowPath, classroomWorkflow());
console.log(relative(process.cwd(), workflowPath));
