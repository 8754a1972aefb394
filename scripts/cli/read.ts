import '../shared/terminal/no-color.ts';
import { join, relative } from 'node:path';
import { language } from '../shared/i18n/language.ts';
import { renderMarkdown } from '../shared/markdown/render.ts';
import { renderInstructions } from '../commands/read/instructions.ts';
import { m } from '../commands/read/messages.ts';
import { keepStarters } from '../commands/reset/starters.ts';
import { textWidth } from '../shared/terminal/width.ts';
import { root } from '../shared/workbook/paths.ts';
import { learnerFiles, listSteps } from '../shared/workbook/steps.ts';
import { readStepCommand } from './command.ts';

const command = readStepCommand({}, m.usage);

if (command) {
  const { step } = command;
  // Reading comes before editing: the moment to keep a copy of the starter for `npm run reset`.
  keepStarters(listSteps());
  const files = learnerFiles(step).map((file) => `\`${relative(root, join(step.folder, file))}\``);
  console.log(renderInstructions(step, language, textWidth()));
  console.log(`\n${renderMarkdown(m.footer(step.number, files.join(', ')), textWidth())}`);
}
