import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from '../workbook/paths.ts';
import { listSteps } from '../workbook/steps.ts';
import { WorkbookCopy } from '../workbook/workbook-copy.ts';

// Measures the learner's feedback loop and prints the figures the README quotes: a cold
// `npm run step 1 -- --solution`, and watch mode's re-run from a save to the verdict.
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    steps: { type: 'string', default: '1,2,3,4' },
  },
});
const runs = Number(values.runs);

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};
const summary = (samples: number[]) =>
  `median ${Math.round(median(samples))} ms, min ${Math.round(Math.min(...samples))}, max ${Math.round(Math.max(...samples))} (${samples.length} runs)`;

function coldStep(): number[] {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    execFileSync('npm', ['run', 'step', '1', '--', '--solution'], { cwd: root, stdio: 'ignore' });
    samples.push(performance.now() - started);
  }
  return samples;
}

/** From touching a step's server.ts to the watch mode's "Watching" line after the verdict. */
async function watchReruns(workbook: WorkbookCopy, number: number): Promise<number[]> {
  const watching = workbook.start('step', [String(number), '--watch', '--solution']);
  const file = join(workbook.root, 'solutions', listSteps()[number - 1]!.slug, 'server.ts');
  let output = '';
  let done: (() => void) | undefined;
  watching.stdout.setEncoding('utf8').on('data', (text: string) => {
    output += text;
    if (/Watching/.test(output)) {
      output = '';
      done?.();
    }
  });
  const verdict = () => new Promise<void>((resolve) => (done = resolve));
  await verdict();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const next = verdict();
    const started = performance.now();
    const now = new Date();
    utimesSync(file, now, now);
    await next;
    samples.push(performance.now() - started);
  }
  watching.stdin.write('q\n');
  await once(watching, 'exit');
  return samples;
}

console.log(`npm run step 1 -- --solution (cold): ${summary(coldStep())}`);
const workbook = new WorkbookCopy();
try {
  for (const number of values.steps.split(',').map(Number)) {
    console.log(
      `watch re-run, step ${number}, save to verdict: ${summary(await watchReruns(workbook, number))}`,
    );
  }
} finally {
  workbook.remove();
}
