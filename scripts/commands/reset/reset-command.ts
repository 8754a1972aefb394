import chalk from 'chalk';
import { relative, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { renderMarkdown } from '../../shared/markdown/render.ts';
import { textWidth } from '../../shared/terminal/width.ts';
import { root, stateFolder } from '../../shared/workbook/paths.ts';
import { forgetRun } from '../../shared/workbook/progress.ts';
import type { Step } from '../../shared/workbook/steps.ts';
import { m } from './messages.ts';
import { changedFiles, replaceStepFiles } from './reset-step.ts';
import { pristineStarter } from './starters.ts';

const say = (text: string) => console.log(renderMarkdown(text, textWidth()));

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
  let backup: string | undefined;
  try {
    backup = replaceStepFiles(step, starter.files, state);
  } catch (error) {
    say(m.failed((error as Error).message));
    return 1;
  }
  forgetRun(step.slug, state);
  if (starter.source === 'git') console.log(chalk.dim(m.fromGit));
  say(m.done(step.number, files));
  if (backup) console.log(`  ${relative(root, backup)}${sep}`);
  return 0;
}
