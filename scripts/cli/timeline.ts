import '../shared/terminal/no-color.ts';
import { m } from '../commands/timeline/messages.ts';
import { showTimeline } from '../commands/timeline/show-timeline.ts';
import { readStepCommand } from './command.ts';

const command = readStepCommand(
  {
    solution: { type: 'boolean', default: false },
    'sleep-ms': { type: 'string', default: '1000' },
    'pool-size': { type: 'string', default: '4' },
  },
  m.usage,
);

const wholeNumber = (option: 'sleep-ms' | 'pool-size') => {
  const value = command?.values[option] ?? '';
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  console.error(`${m.badNumber(option, value)}\n\n${m.usage()}`);
  return undefined;
};

if (command) {
  const sleepMs = wholeNumber('sleep-ms');
  const poolSize = wholeNumber('pool-size');
  process.exitCode = 1;
  if (sleepMs && poolSize) {
    const options = { solution: command.values.solution, sleepMs, poolSize };
    process.exitCode = await showTimeline(command.step, options);
  }
}
