import chalk from 'chalk';
import { createInterface } from 'node:readline/promises';
import { stateFolder } from '../../shared/workbook/paths.ts';
import { forgetRun } from '../../shared/workbook/record-progress.ts';
import type { Step } from '../../shared/workbook/steps.ts';
import { m } from './messages.ts';
import { replaceWithBackup, say } from './replace-with-backup.ts';
import { changedFiles } from './reset-step.ts';
import { pristineStarter } from './starters.ts';

async function ask(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(question);
  prompt.close();
  return m.yes.test(answer.trim());
}

/** `npm run reset`: asks (or takes `--yes`), backs up, restores; resolves with the exit code. */
export async function resetWithConsent(
  step: Step,
  yes: boolean,
  state = stateFolder,
): Promise<number> {
  const starter = pristineStarter(step, state);
  if (!starter) {
    say(m.noStarter(step.number));
    return 1;
  }
  const changed = changedFiles(step, starter.files);
  if (changed.length === 0) {
    say(m.unchanged(step.number));
    return 0;
  }
  const files = changed.join(', ');
  if (!yes && !process.stdin.isTTY) {
    say(m.needsYes(step.number));
    return 1;
  }
  if (!yes && !(await ask(m.question(step.number, files)))) {
    say(m.cancelled);
    return 1;
  }
  const backup = replaceWithBackup(step, starter.files, state, m.failed);
  if (backup === undefined) return 1;
  forgetRun(step.slug, state);
  if (starter.source === 'git') console.log(chalk.dim(m.fromGit));
  say(m.done(step.number, files));
  if (backup) console.log(backup);
  return 0;
}
