import '../shared/terminal/no-color.ts';
import { language } from '../shared/i18n/language.ts';
import { m } from '../commands/home/messages.ts';
import { formatHome } from '../commands/home/home.ts';
import { stepLines } from '../commands/home/overview.ts';
import { keepStarters } from '../commands/reset/starters.ts';
import { textWidth } from '../shared/terminal/width.ts';
import { openProgress } from '../shared/workbook/open-progress.ts';
import { listSteps } from '../shared/workbook/steps.ts';
import { readCommand } from './command.ts';

if (readCommand({}, m.startUsage)) {
  keepStarters(listSteps());
  const lines = stepLines(listSteps(), openProgress(), language);
  console.log(formatHome(lines, textWidth()));
}
