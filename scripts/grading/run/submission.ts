import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Step } from '../../shared/workbook/steps.ts';
import { m } from '../messages.ts';

export interface Submission {
  /** How the gradebook names the student: the folder's name. */
  name: string;
  path: string;
  /** The folder holding the step folders (`01-tcp-listen/`, …), once found. */
  stepsFolder?: string;
  /** Why the path cannot be graded, in the instructor's words. */
  problem?: string;
}

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * Finds the step folders in what a student handed in: a copy of the workbook (with `steps/`)
 * or just its `steps/` folder. Anything else is reported, never guessed at.
 */
export function findSubmission(path: string, steps: readonly Step[]): Omit<Submission, 'name'> {
  if (!existsSync(path)) return { path, problem: m.noSuchPath(path) };
  if (!isFolder(path)) return { path, problem: m.notAFolder(path) };
  if (isFolder(join(path, 'steps'))) return { path, stepsFolder: join(path, 'steps') };
  if (steps.some((step) => isFolder(join(path, step.slug)))) return { path, stepsFolder: path };
  if (readdirSync(path).length === 0) return { path, problem: m.emptyFolder(path) };
  return { path, problem: m.notASubmission(path, steps[0]?.slug ?? 'steps') };
}

/** Names students by their folders; two folders of the same name are told apart by path. */
export function findSubmissions(paths: readonly string[], steps: readonly Step[]): Submission[] {
  const names = paths.map((path) => basename(resolve(path)));
  return paths.map((path, index) => {
    const name = names[index]!;
    const shared = names.filter((other) => other === name).length > 1;
    return {
      name: shared ? relative(process.cwd(), resolve(path)) || name : name,
      ...findSubmission(path, steps),
    };
  });
}
