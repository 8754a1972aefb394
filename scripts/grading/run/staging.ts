import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stateFolder } from '../../shared/workbook/paths.ts';
import { m } from '../messages.ts';

/** Larger than any learner file of this workbook by far; a bigger one is not a real answer. */
const largestFile = 1 << 20;

/** Where grading copies students' files unless told otherwise. */
export const stagingParent = join(stateFolder, 'grading');

/**
 * A fresh folder inside the workbook, beside the instructor's tests, for the students' files:
 * inside, so that the students' code resolves modules (tsx, for worker threads) and reads its
 * `package.json` exactly as it did in the student's own copy.
 */
export function createStagingRoot(parent = stagingParent): string {
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, 'run-'));
}

export function removeStaging(folder: string): void {
  rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * Copies exactly the listed learner files from a student's step folder into `destination`,
 * reading the submission and never writing to it. Returns what could not be taken, in words:
 * a missing file, a link or a folder in a file's place, a file too large to be an answer.
 */
export function stageFiles(
  source: string,
  files: readonly string[],
  destination: string,
): string[] {
  const problems: string[] = [];
  mkdirSync(destination, { recursive: true });
  for (const file of files) {
    const from = join(source, file);
    try {
      const found = lstatSync(from, { throwIfNoEntry: false });
      if (!found) problems.push(m.missingFile(file));
      else if (!found.isFile()) problems.push(m.notAFile(file));
      else if (found.size > largestFile) problems.push(m.fileTooLarge(file, largestFile >> 20));
      else {
        mkdirSync(dirname(join(destination, file)), { recursive: true });
        copyFileSync(from, join(destination, file));
      }
    } catch (error) {
      problems.push(m.unreadableFile(file, (error as NodeJS.ErrnoException).code ?? String(error)));
    }
  }
  return problems;
}
