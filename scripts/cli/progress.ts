import '../shared/terminal/no-color.ts';
import { language } from '../shared/i18n/language.ts';
import { formatNextCommands } from '../commands/home/home.ts';
import { m } from '../commands/home/messages.ts';
import { formatOverview, stepLines } from '../commands/home/overview.ts';
import { textWidth } from '../shared/terminal/width.ts';
import { openProgress } from '../shared/workbook/open-progress.ts';
import { listSteps } from '../shared/workbook/steps.ts';
import { readCommand } from './command.ts';

if (readCommand({}, m.progressUsage)) {
  const lines = stepLines(listSteps(), openProgress(), language);
  console.log(`${formatOverview(lines, textWidth())}\n\n${formatNextCommands(lines, textWidth())}`);
}
