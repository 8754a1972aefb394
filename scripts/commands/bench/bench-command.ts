import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { BenchSettings } from './bench-result.ts';
import { formatTable } from './bench-table.ts';
import { chooseContenders } from './contenders.ts';
import { m } from './messages.ts';
import { runBench } from './run-bench.ts';
import { summarize } from './summary.ts';

/**
 * `npm run bench`: measures the reference servers, and a learner's step folder `target` beside
 * them if given, writes the figures to `json` and prints them as a table. Resolves with the exit code: 1 when a
 * server did not start or stopped during the run.
 */
export async function benchCommand(
  settings: BenchSettings,
  target: string | undefined,
  json: string,
): Promise<number> {
  const contenders = chooseContenders({ poolSize: settings.poolSize, target });
  const result = await runBench(contenders, settings, (line) => console.error(line));
  const summary = summarize(result);
  const file = resolve(json);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...result, summary }, null, 2)}\n`);
  console.log(`\n${formatTable(result, summary)}\n${m.written(file)}`);
  const troubled = result.contenders.some((contender) => contender.notStarted || contender.stopped);
  return troubled ? 1 : 0;
}
