import { relative, sep } from 'node:path';
import type { Files } from './starters.ts';
import { renderMarkdown } from '../../shared/markdown/render.ts';
import { textWidth } from '../../shared/terminal/width.ts';
import { root } from '../../shared/workbook/paths.ts';
import type { Step } from '../../shared/workbook/steps.ts';
import { replaceStepFiles } from './reset-step.ts';

/** Prints a message to the learner, its Markdown rendered for the terminal. */
export const say = (text: string) => console.log(renderMarkdown(text, textWidth()));

/**
 * Replaces the step's files as `replaceStepFiles` does, for a command: resolves with the backup
 * folder as the learner reads it (empty when no file of theirs needed saving), or, when the backup
 * or a write fails, says why with `failed` and resolves with nothing.
 */
export function replaceWithBackup(
  step: Step,
  files: Files,
  state: string,
  failed: (reason: string) => string,
): string | undefined {
  try {
    const backup = replaceStepFiles(step, files, state);
    return backup ? `  ${relative(root, backup)}${sep}` : '';
  } catch (error) {
    say(failed((error as Error).message));
    return undefined;
  }
}
