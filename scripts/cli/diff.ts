import '../shared/terminal/no-color.ts';
import { compareStep } from '../commands/diff/compare-step.ts';
import { m } from '../commands/diff/messages.ts';
import { textWidth } from '../shared/terminal/width.ts';
import { openProgress } from '../shared/workbook/open-progress.ts';
import { readStepCommand } from './command.ts';

const command = readStepCommand(
  {
    'from-previous': { type: 'boolean', default: false },
    anyway: { type: 'boolean', default: false },
  },
  m.usage,
);

if (command) {
  const { values, step } = command;
  const options = { fromPrevious: values['from-previous'], anyway: values.anyway };
  const { text, ok } = compareStep(step, openProgress(), options, textWidth());
  console.log(text);
  if (!ok) process.exitCode = 1;
}
