import '../terminal/no-color.ts';
import { language } from '../i18n/language.ts';
import { formatNextCommands } from '../progress/home.ts';
import { m } from '../progress/messages.ts';
import { formatOverview, stepLines } from '../progress/overview.ts';
import { textWidth } from '../terminal/width.ts';
import { openProgress } from '../workbook/open-progress.ts';
import { listSteps } from '../workbook/steps.ts';
import { readCommand } from './command.ts';

if (readCommand({}, m.progressUsage)) {
  const lines = stepLines(listSteps(), openProgress(), language);
  console.log(`${formatOverview(lines, textWidth())}\n\n${formatNextCommands(lines, textWidth())}`);
}
