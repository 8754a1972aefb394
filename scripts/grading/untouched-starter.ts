import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { learnerFiles, type Step } from '../workbook/steps.ts';

const text = (file: string) => readFileSync(file, 'utf8').replace(/\r\n/g, '\n');

/**
 * Whether a student's copy of a step is still the starter exactly as handed out (line endings
 * aside): a step nobody worked on yet. Its few checks that a starter passes by design, such as
 * "builds on node:net alone", would otherwise earn points for work not done.
 */
export function isUntouchedStarter(step: Step, folder: string): boolean {
  return learnerFiles(step).every((file) => {
    const starter = join(step.folder, file);
    return existsSync(starter) && text(starter) === text(join(folder, file));
  });
}
