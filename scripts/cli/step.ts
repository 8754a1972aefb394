import { language } from '../shared/i18n/language.ts';
import { textWidth } from '../shared/terminal/width.ts';
import { checkStep } from '../commands/step/check-step.ts';
import { listSteps } from '../shared/workbook/steps.ts';
import { cliMessages } from './cli-messages.ts';
import { readStepCommand } from './command.ts';

const command = readStepCommand(
  {
    solution: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    hint: { type: 'boolean', default: false },
  },
  () => cliMessages.stepUsage(listSteps().map((known) => known.slug)),
);

if (command?.values.hint) {
  const { revealHint } = await import('../commands/read/hints/next-hint.ts');
  console.log(revealHint(command.step, language, textWidth()));
} else if (command?.values.watch) {
  const { watchStep } = await import('../commands/step/watch/watch.ts');
  await watchStep(command.step, { solution: command.values.solution, language });
} else if (command) {
  process.exitCode = await checkStep(command.step, command.values.solution, language);
}
