import '../terminal/no-color.ts';
import { compareStep } from '../compare/compare-step.ts';
import { m } from '../compare/messages.ts';
import { textWidth } from '../terminal/width.ts';
import { openProgress } from '../workbook/open-progress.ts';
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
