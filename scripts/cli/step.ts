import { language } from '../shared/i18n/language.ts';
import { runStep } from '../checking/run-step.ts';
import { earlierChecksOfRun } from '../harness/earlier-checks.ts';
import { textWidth } from '../shared/terminal/width.ts';
import { fingerprint } from '../shared/workbook/fingerprint.ts';
import { stateFolder } from '../shared/workbook/paths.ts';
import { recordResult } from '../shared/workbook/progress.ts';
import { learnerFiles, listSteps } from '../shared/workbook/steps.ts';
import { cliMessages } from './cli-messages.ts';
import { readStepCommand } from './command.ts';

const command = readStepCommand(
  {
    solution: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    hint: { type: 'boolean', default: false },
  },
  () => cliMessages.stepUsage(listSteps().map((known) => known.slug)),
);

if (command?.values.hint) {
  const { revealHint } = await import('../commands/read/hints/next-hint.ts');
  console.log(revealHint(command.step, language, textWidth()));
} else if (command?.values.watch) {
  const { watchStep } = await import('../commands/step/watch/watch.ts');
  await watchStep(command.step, { solution: command.values.solution, language });
} else if (command) {
  const { step, values } = command;
  const target = values.solution ? step.solutionFolder : step.folder;
  // Taken before the checks start: a pass holds for the files as they were when checked.
  const checked = fingerprint(step);
  // The checks start first; the report's modules load while the test runner boots.
  const report = import('../commands/step/step-report.ts');
  void report.then((print) => print.header(step, values.solution));
  const running = runStep({
    step,
    target,
    language,
    // Files carried from an earlier step are judged on that step's checks too, where they apply.
    earlier: earlierChecksOfRun(step, target, values.solution),
    onEvent: (event) => void report.then((print) => print.event(event)),
  });
  const types = import('../checking/type-check.ts').then(({ typeCheck }) =>
    typeCheck(target, learnerFiles(step), language),
  );
  const run = await running;
  const print = await report;
  print.end(run, values.solution);
  print.typeProblems(await types);
  if (!values.solution) {
    const state = run.status === 'pass' ? 'passed' : 'failing';
    print.progressDamaged(recordResult(step.slug, state, stateFolder, checked));
  }
  process.exitCode = run.status === 'pass' ? 0 : 1;
}
