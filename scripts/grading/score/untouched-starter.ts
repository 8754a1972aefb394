import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { learnerFiles, type Step } from '../../shared/workbook/steps.ts';

const text = (file: string) =>
  existsSync(file) ? readFileSync(file, 'utf8').replace(/\r\n/g, '\n') : undefined;

/**
 * Whether a student's copy of a step is still the starter exactly as handed out (line endings
 * aside): a step nobody worked on yet. Its few checks that a starter passes by design, such as
 * "builds on node:net alone", would otherwise earn points for work not done. The starter is the
 * instructor's copy of the step, and only while it still holds its `TODO(step N)` placeholder:
 * an instructor who solved the step in that copy has no starter left to compare with.
 */
export function isUntouchedStarter(step: Step, folder: string): boolean {
  const files = learnerFiles(step);
  const starters = files.map((file) => text(join(step.folder, file)));
  const placeholder = `TODO(step ${step.number})`;
  return (
    starters.some((starter) => starter?.includes(placeholder)) &&
    files.every((file, index) => starters[index] === text(join(folder, file)))
  );
}
