import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable } from '../commands/bench/bench-table.ts';
import { chooseContenders } from '../commands/bench/contenders.ts';
import { chooseLoadGenerator, type LoadChoice } from '../commands/bench/choose-load.ts';
import { m } from '../commands/bench/messages.ts';
import { runBench } from '../commands/bench/run-bench.ts';
import { summarize } from '../commands/bench/summary.ts';
import { stateFolder } from '../shared/workbook/paths.ts';

const { values } = parseArgs({
  options: {
    target: { type: 'string' },
    duration: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    'pool-size': { type: 'string', default: '4' },
    'sleep-ms': { type: 'string', default: '500' },
    load: { type: 'string', default: 'auto' },
    json: { type: 'string', default: join(stateFolder, 'bench', 'latest.json') },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

function count(option: 'duration' | 'rounds' | 'connections' | 'pool-size' | 'sleep-ms'): number {
  const value = values[option];
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(m.badNumber(option, value));
  return Number(value);
}

if (values.help || !['auto', 'wrk', 'node'].includes(values.load)) {
  if (!values.help) process.exitCode = 1;
  console.log(m.usage);
} else {
  const poolSize = count('pool-size');
  const settings = {
    sleepMs: count('sleep-ms'),
    poolSize,
    durationMs: count('duration') * 1000,
    rounds: count('rounds'),
    connections: count('connections'),
    load: chooseLoadGenerator(values.load as LoadChoice),
  };
  const contenders = chooseContenders({
    poolSize,
    target: values.target,
  });
  const result = await runBench(contenders, settings, (line) => console.error(line));
  const summary = summarize(result);
  const file = resolve(values.json);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...result, summary }, null, 2)}\n`);
  console.log(`\n${formatTable(result, summary)}\n${m.written(file)}`);
  const troubled = result.contenders.some((contender) => contender.notStarted || contender.stopped);
  process.exitCode = troubled ? 1 : 0;
}
