import '../terminal/no-color.ts';
import { language } from '../i18n/language.ts';
import { m } from '../progress/messages.ts';
import { formatHome } from '../progress/home.ts';
import { stepLines } from '../progress/overview.ts';
import { keepStarters } from '../reset/starters.ts';
import { textWidth } from '../terminal/width.ts';
import { openProgress } from '../workbook/open-progress.ts';
import { listSteps } from '../workbook/steps.ts';
import { readCommand } from './command.ts';

if (readCommand({}, m.startUsage)) {
  keepStarters(listSteps());
  const lines = stepLines(listSteps(), openProgress(), language);
  console.log(formatHome(lines, textWidth()));
}
