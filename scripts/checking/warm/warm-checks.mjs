// Keeps one vitest alive for a step's checks, so that a re-run costs the checks alone, not the
// start of a test runner. Plain JavaScript: under tsx, vitest would take a second longer to load.
// Each line on stdin is a JSON list of files that changed; each run ends with a 'run-end' event.
// The arguments: the results reporter, then what to run: the step's folder and, on carried files,
// earlier steps' check files.
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createVitest } from 'vitest/node';
import { keepSpareServers } from '../../learner-server/spare-servers.mjs';
import { warmThreads } from './warm-threads.mjs';

const [reporter, ...selection] = process.argv.slice(2);
const events = Number(process.env.WORKBOOK_EVENTS_FD);
const emit = (event) => writeSync(events, `${JSON.stringify(event)}\n`);
// The checks' worker threads find the spares at the same address, in their environment.
const spares = await keepSpareServers(String(process.env.WORKBOOK_SPARES));
// Two worker threads let a step's test files run side by side even on a machine with two cores.
const threads = warmThreads(2);
const vitest = await createVitest('test', {
  watch: false,
  reporters: [reporter],
  pool: threads,
  maxWorkers: 2,
});

for await (const line of createInterface({ input: process.stdin })) {
  for (const file of JSON.parse(line)) vitest.invalidateFile(file);
  try {
    await vitest.runTestSpecifications(await vitest.globTestSpecifications(selection), true);
  } catch (error) {
    emit({
      type: 'load-error',
      file: selection[0],
      error: { message: String(error?.message ?? error) },
    });
    emit({ type: 'run-end' });
  }
  threads.refill();
  spares.refill();
}
await vitest.close();
await threads.close();
spares.close();
