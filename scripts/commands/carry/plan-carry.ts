import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ownFilesIn } from '../../shared/workbook/own-files.ts';
import { learnerFiles, type Step } from '../../shared/workbook/steps.ts';
import type { Files } from '../reset/starters.ts';
import { mergeFile, type Conflict } from './merge-file.ts';

export interface CarryPlan {
  /** What the next step's learner files become. */
  files: Files;
  /** The learner's files with the next step's changes merged in. */
  merged: string[];
  /** The learner's files that the next step does not change, carried as they are. */
  kept: string[];
  /** Files the next step adds, taken from its starter. */
  added: string[];
  /** Files of the learner's that the course does not know, copied as they are. */
  ownFiles: string[];
  /** Own files left behind because the next step brings a file of the same name. */
  leftBehind: string[];
  /** Files whose merge conflicted: they come from the starter, and these are the conflicts. */
  conflicts: { name: string; conflicts: Conflict[] }[];
}

/**
 * How the learner's files of `previous` carry into `next`: each file both steps have is merged
 * three ways (base: the previous solution; ours: the learner's file; theirs: the next starter),
 * so that the learner keeps their code and gets what the next step adds on top of it.
 */
export function planCarry(previous: Step, next: Step, starter: Files): CarryPlan {
  const plan: CarryPlan = {
    files: new Map(),
    merged: [],
    kept: [],
    added: [],
    ownFiles: [],
    leftBehind: [],
    conflicts: [],
  };
  const before = new Set(learnerFiles(previous));
  for (const [name, theirs] of starter) {
    const learners = join(previous.folder, name);
    if (!before.has(name) || !existsSync(learners)) {
      plan.files.set(name, theirs);
      plan.added.push(name);
      continue;
    }
    const base = readFileSync(join(previous.solutionFolder, name), 'utf8');
    const ours = readFileSync(learners, 'utf8');
    const result = mergeFile(base, ours, theirs.toString('utf8'));
    if ('text' in result) {
      plan.files.set(name, Buffer.from(result.text));
      (result.text === ours ? plan.kept : plan.merged).push(name);
    } else {
      plan.files.set(name, theirs);
      plan.conflicts.push({ name, conflicts: result.conflicts });
    }
  }
  for (const name of ownFilesIn(previous.folder, learnerFiles(previous))) {
    if (plan.files.has(name)) {
      plan.leftBehind.push(name);
    } else {
      plan.files.set(name, readFileSync(join(previous.folder, name)));
      plan.ownFiles.push(name);
    }
  }
  return plan;
}
