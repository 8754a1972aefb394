import '../shared/terminal/no-color.ts';
import { m } from '../commands/serve/messages.ts';
import { serve } from '../commands/serve/serve.ts';
import { readStepCommand } from './command.ts';

const command = readStepCommand(
  {
    solution: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? '7878' },
  },
  m.usage,
);

const port = Number(command?.values.port);

if (command && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error(`${m.badPort(command.values.port)}\n\n${m.usage()}`);
  process.exitCode = 1;
} else if (command) {
  process.exitCode = await serve(command.step, { solution: command.values.solution, port });
}
