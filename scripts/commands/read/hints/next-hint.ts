import chalk from 'chalk';
import { readFileSync } from 'node:fs';
import type { Language } from '../../../shared/i18n/language.ts';
import { renderMarkdown } from '../../../shared/markdown/render.ts';
import { openProgress } from '../../../shared/workbook/open-progress.ts';
import { recordHintsSeen } from '../../../shared/workbook/record-progress.ts';
import { readmePath, type Step } from '../../../shared/workbook/steps.ts';
import { m } from './messages.ts';
import { readHints } from '../../../shared/markdown/read-hints.ts';

export const stepHints = (step: Step, language: Language): string[] =>
  readHints(readFileSync(readmePath(step, language), 'utf8'));

/**
 * Reveals one more of a step's hints and shows every hint seen so far, the new one last and
 * brightest. The count is remembered, so the next run starts where this one stopped.
 */
export function revealHint(
  step: Step,
  language: Language,
  width: number,
  stateFolder?: string,
): string {
  const hints = stepHints(step, language);
  if (hints.length === 0) return renderMarkdown(m.none(step.number), width);
  const progress = openProgress(stateFolder);
  const seen = Math.min((progress.hints[step.slug] ?? 0) + 1, hints.length);
  recordHintsSeen(step.slug, seen, stateFolder);
  const shown = hints.slice(0, seen).map((hint, index) => {
    const title = m.hint(index + 1, hints.length);
    const body = renderMarkdown(hint, width - 2)
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
    const latest = index === seen - 1;
    return `${latest ? chalk.bold.yellow(title) : chalk.dim(title)}\n${latest ? body : chalk.dim(body)}`;
  });
  const next = seen < hints.length ? m.more(step.number) : m.last(step.number);
  return [...shown, renderMarkdown(next, width)].join('\n\n');
}
