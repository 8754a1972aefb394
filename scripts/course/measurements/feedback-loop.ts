import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout } from 'node:timers/promises';
import {
  numberList,
  readMeasurementOptions,
  wholeNumber,
} from '../../shared/measurement-options.ts';
import { root } from '../../shared/workbook/paths.ts';
import { listSteps } from '../../shared/workbook/steps.ts';
import { WorkbookCopy } from '../../shared/workbook/workbook-copy.ts';

// Measures the learner's feedback loop and prints the figures the README quotes: a cold
// `npm run step 1 -- --solution`, and watch mode's re-run from a save to the verdict and to the
// type check's report.
const usage =
  'Usage: node --import tsx scripts/course/measurements/feedback-loop.ts [--runs 10] [--steps 1,2,3,4] [--pause 1500]';
const values = readMeasurementOptions(
  {
    runs: { type: 'string', default: '10' },
    steps: { type: 'string', default: '1,2,3,4' },
    // A learner reads the verdict and edits before saving again; watch mode uses that time.
    pause: { type: 'string', default: '1500' },
  },
  usage,
);
const runs = wholeNumber('runs', values.runs, usage);
const watched = numberList('steps', values.steps, usage);
const pauseMs = wholeNumber('pause', values.pause, usage, 0);

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

interface Rerun {
  /** To the line that says whether the checks pass. */
  verdict: number;
  /** To the "Watching" line, once the type check has been reported too. */
  settled: number;
}

/** Times watch mode's re-runs from touching a step's server.ts. */
async function watchReruns(workbook: WorkbookCopy, number: number): Promise<Rerun[]> {
  const watching = workbook.start('step', [String(number), '--watch', '--solution']);
  const file = join(workbook.root, 'solutions', listSteps()[number - 1]!.slug, 'server.ts');
  // Lines with the time they arrived, read in order by `until`.
  const lines: { text: string; at: number }[] = [];
  let arrived = () => {};
  createInterface({ input: watching.stdout }).on('line', (text) => {
    lines.push({ text, at: performance.now() });
    arrived();
  });
  const until = async (pattern: RegExp): Promise<number> => {
    for (;;) {
      const line = lines.shift();
      if (line && pattern.test(line.text)) return line.at;
      if (!line) await new Promise<void>((resolve) => (arrived = resolve));
    }
  };
  await until(/Watching/);
  const samples: Rerun[] = [];
  for (let run = 0; run < runs; run++) {
    await setTimeout(pauseMs);
    const started = performance.now();
    const now = new Date();
    utimesSync(file, now, now);
    const verdict = (await until(/checks pass\./)) - started;
    samples.push({ verdict, settled: (await until(/Watching/)) - started });
  }
  watching.stdin.write('q\n');
  await once(watching, 'exit');
  return samples;
}

console.log(`npm run step 1 -- --solution (cold): ${summary(coldStep())}`);
const workbook = new WorkbookCopy();
try {
  for (const number of watched) {
    const reruns = await watchReruns(workbook, number);
    console.log(
      `watch re-run, step ${number}, save to verdict: ${summary(reruns.map((rerun) => rerun.verdict))}`,
    );
    console.log(
      `  and to the type check's report: ${summary(reruns.map((rerun) => rerun.settled))}`,
    );
  }
} finally {
  workbook.remove();
}
