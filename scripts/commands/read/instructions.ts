import { readFileSync } from 'node:fs';
import { m } from './hints/messages.ts';
import { isHintsTitle, readHints } from '../../shared/markdown/read-hints.ts';
import type { Language } from '../../shared/i18n/language.ts';
import { parseMarkdown, renderMarkdown } from '../../shared/markdown/render.ts';
import { findSection } from '../../shared/markdown/sections.ts';
import { readmePath, type Step } from '../../shared/workbook/steps.ts';

/**
 * A step's instructions for the terminal. The hints stay folded: the section says how many
 * there are and how to see them one at a time, so reading never gives them all away.
 */
export function renderInstructions(step: Step, language: Language, width: number): string {
  const readme = readFileSync(readmePath(step, language), 'utf8');
  const tokens = parseMarkdown(readme);
  const hints = findSection(tokens, isHintsTitle);
  if (!hints) return renderMarkdown(tokens, width);
  const headingEnd = hints.start + 3;
  return [
    renderMarkdown(tokens.slice(0, headingEnd), width),
    renderMarkdown(m.hidden(step.number, readHints(readme).length), width),
    renderMarkdown(tokens.slice(hints.end), width),
  ]
    .filter(Boolean)
    .join('\n\n');
}
