import '../shared/terminal/no-color.ts';
import { m } from '../commands/serve/messages.ts';
import { serve } from '../commands/serve/serve.ts';
import { readStepCommand } from './command.ts';
import { wholeNumber } from './option-values.ts';

const command = readStepCommand(
  {
    solution: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? '7878' },
  },
  m.usage,
);

const port = command && wholeNumber('port', command.values.port, m.usage, { max: 65535 });

if (command && port) {
  process.exitCode = await serve(command.step, { solution: command.values.solution, port });
}
