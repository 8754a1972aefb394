import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root, stateFolder } from '../../shared/workbook/paths.ts';
import { learnerFiles, type Step } from '../../shared/workbook/steps.ts';

/** A step's starter: each learner file's name and its bytes. */
export type Files = Map<string, Buffer>;

export const keptStarters = (state = stateFolder) => join(state, 'starters');

/** Every starter still holds its step's placeholder; a learner's finished work does not. */
const isStarter = (step: Step, files: Files) =>
  files.size === learnerFiles(step).length &&
  [...files.values()].some((content) => content.includes(`TODO(step ${step.number})`));

function readFiles(folder: string, names: readonly string[]): Files {
  const files: Files = new Map();
  for (const name of names) {
    const path = join(folder, name);
    if (existsSync(path)) files.set(name, readFileSync(path));
  }
  return files;
}

/**
 * Keeps a copy of each step's starter in .workbook/starters/, the first time the step is seen
 * untouched (at `npm install`, or when the learner opens the workbook). Reset restores from it,
 * whether the workbook came from git or from a zip, and whatever the learner committed since.
 */
export function keepStarters(steps: readonly Step[], state = stateFolder): void {
  for (const step of steps) {
    const kept = join(keptStarters(state), step.slug);
    if (existsSync(kept) || !isStarter(step, readFiles(step.folder, learnerFiles(step)))) continue;
    const partial = `${kept}.${process.pid}.tmp`;
    try {
      for (const name of learnerFiles(step)) {
        cpSync(join(step.folder, name), join(partial, name), { recursive: true });
      }
      // The rename makes the copy appear whole or not at all.
      renameSync(partial, kept);
    } catch {
      // Another process kept it first, or the disk refused: the copy is a convenience, not a duty.
      rmSync(partial, { recursive: true, force: true });
    }
  }
}

/**
 * The starter of a step as it was shipped: the kept copy, else the version git has committed if
 * it is still a starter (the learner may have committed their work), else nothing.
 */
export function pristineStarter(
  step: Step,
  state = stateFolder,
): { files: Files; source: 'kept' | 'git' } | undefined {
  const kept = readFiles(join(keptStarters(state), step.slug), learnerFiles(step));
  if (isStarter(step, kept)) return { files: kept, source: 'kept' };
  const committed = fromGit(step);
  if (committed && isStarter(step, committed)) return { files: committed, source: 'git' };
  return undefined;
}

function fromGit(step: Step): Files | undefined {
  const files: Files = new Map();
  try {
    for (const name of learnerFiles(step)) {
      const path = relative(root, join(step.folder, name)).split('\\').join('/');
      files.set(name, execFileSync('git', ['show', `HEAD:${path}`], { cwd: root, stdio: 'pipe' }));
    }
    return files;
  } catch {
    return undefined;
  }
}
