import '../shared/terminal/no-color.ts';
import { resetWithConsent } from '../commands/reset/reset-command.ts';
import { m } from '../commands/reset/messages.ts';
import { readStepCommand } from './command.ts';

const command = readStepCommand({ yes: { type: 'boolean', short: 'y', default: false } }, m.usage);

if (command) process.exitCode = await resetWithConsent(command.step, command.values.yes);
