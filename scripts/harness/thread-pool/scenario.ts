// A child program that puts the learner's ThreadPool through one scenario and reports each step
// on fd 3, as JSON lines. A process of its own keeps the checks safe from a pool that crashes,
// hangs, or never ends its threads: the whole process is ended afterwards.
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { m } from './messages.ts';
import { described, type ScenarioEvent } from './protocol.ts';
import { recorder } from './recorder.ts';
import { scenarios, type PoolClass } from './scenarios.ts';
import { Threads } from './threads.ts';

const [folder = '', name = '', params = '{}'] = process.argv.slice(2);
const report = (event: ScenarioEvent) => writeSync(3, `${JSON.stringify(event)}\n`);

const crash = (error: unknown) => {
  report({ type: 'crashed', error: described(error) });
  process.exit(1);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

const threads = new Threads();
let ThreadPool: PoolClass;
try {
  const url = pathToFileURL(join(folder, 'thread-pool.ts')).href;
  ThreadPool = ((await import(url)) as { ThreadPool: PoolClass }).ThreadPool;
  if (typeof ThreadPool !== 'function') throw new Error(m.noClass);
} catch (error) {
  report({ type: 'load-failed', error: described(error) });
  process.exit(1);
}

await scenarios[name]!({ folder, ThreadPool, threads, ...recorder(report), ...JSON.parse(params) });
report({ type: 'done' });
