import { parseArgs } from 'node:util';
import { language } from '../i18n/language.ts';
import { runStep } from '../runner/run-step.ts';
import { recordResult } from '../workbook/progress.ts';
import { findStep, listSteps } from '../workbook/steps.ts';

const { values, positionals } = parseArgs({
  options: {
    solution: { type: 'boolean', default: false },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: true,
});

const step = positionals[0] === undefined ? undefined : findStep(positionals[0]);

if (values.help || !step) {
  if (!values.help) process.exitCode = 1;
  const { cliMessages } = await import('./cli-messages.ts');
  console.log(cliMessages.stepUsage(listSteps().map((known) => known.slug)));
} else {
  // The checks start first; the report's modules load while the test runner boots.
  const report = import('../runner/step-report.ts');
  void report.then((print) => print.header(step, values.solution));
  const run = await runStep({
    step,
    target: values.solution ? step.solutionFolder : step.folder,
    language,
    onEvent: (event) => void report.then((print) => print.event(event)),
  });
  (await report).end(run, values.solution);
  if (!values.solution) recordResult(step.slug, run.status === 'pass' ? 'passed' : 'failing');
  process.exitCode = run.status === 'pass' ? 0 : 1;
}
