import chalk from 'chalk';
import { m } from './messages.ts';
import { loadOrRebuildProgress, type Progress } from './progress.ts';

/** Tells the learner, in one line, that a damaged progress file was set aside and rebuilt. */
export function reportDamage(reason: string | undefined): void {
  if (reason) console.error(chalk.yellow(m.damaged(reason)));
}

/** The learner's progress, rebuilt (and said so) if the file was damaged. */
export function openProgress(stateFolder?: string): Progress {
  const { progress, corrupt } = loadOrRebuildProgress(stateFolder);
  reportDamage(corrupt);
  return progress;
}
