import { join } from 'node:path';
import { benchCommand } from '../commands/bench/bench-command.ts';
import { chooseLoadGenerator } from '../commands/bench/choose-load.ts';
import { m } from '../commands/bench/messages.ts';
import { stateFolder } from '../shared/workbook/paths.ts';
import { readCommand, refuse } from './command.ts';
import { oneOf, wholeNumbers } from './option-values.ts';

const usage = () => m.usage;
const values = readCommand(
  {
    target: { type: 'string' },
    duration: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    'pool-size': { type: 'string', default: '4' },
    'sleep-ms': { type: 'string', default: '500' },
    load: { type: 'string', default: 'auto' },
    json: { type: 'string', default: join(stateFolder, 'bench', 'latest.json') },
  },
  usage,
);

const counts = ['duration', 'rounds', 'connections', 'pool-size', 'sleep-ms'] as const;
const numbers = values && wholeNumbers(values, counts, usage);
const choice = numbers && oneOf('load', values!.load, ['auto', 'wrk', 'node'], usage);
const load = choice && chooseLoadGenerator(choice);
if (choice && !load) refuse(m.noWrk, usage);

if (values && numbers && load) {
  const poolSize = numbers['pool-size'];
  const settings = {
    sleepMs: numbers['sleep-ms'],
    poolSize,
    durationMs: numbers.duration * 1000,
    rounds: numbers.rounds,
    connections: numbers.connections,
    load,
  };
  process.exitCode = await benchCommand(settings, values.target, values.json);
}
