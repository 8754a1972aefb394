import '../shared/terminal/no-color.ts';
import { m } from '../commands/timeline/messages.ts';
import { showTimeline } from '../commands/timeline/show-timeline.ts';
import { readStepCommand } from './command.ts';
import { wholeNumbers } from './option-values.ts';

const command = readStepCommand(
  {
    solution: { type: 'boolean', default: false },
    'sleep-ms': { type: 'string', default: '1000' },
    'pool-size': { type: 'string', default: '4' },
  },
  m.usage,
);

const numbers = command && wholeNumbers(command.values, ['sleep-ms', 'pool-size'], m.usage);

if (command && numbers) {
  const options = {
    solution: command.values.solution,
    sleepMs: numbers['sleep-ms'],
    poolSize: numbers['pool-size'],
  };
  process.exitCode = await showTimeline(command.step, options);
}
