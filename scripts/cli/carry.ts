import '../shared/terminal/no-color.ts';
import { carryForward } from '../commands/carry/carry-command.ts';
import { m } from '../commands/carry/messages.ts';
import { readStepCommand } from './command.ts';

const command = readStepCommand({ force: { type: 'boolean', default: false } }, m.usage);

if (command) process.exitCode = carryForward(command.step, command.values.force);
