import chalk from 'chalk';
import type { Language } from '../../shared/i18n/language.ts';
import { isPlain } from '../../shared/terminal/no-color.ts';
import type { Progress } from '../../shared/workbook/progress.ts';
import { stepStatus, type StepStatus } from '../../shared/workbook/step-status.ts';
import { stepTitle, type Step } from '../../shared/workbook/steps.ts';
import { m } from './messages.ts';

export interface StepLine {
  step: Step;
  title: string;
  status: StepStatus;
  /** Whether `npm run carry` filled the step with the learner's own files. */
  carried: boolean;
}

export function stepLines(
  steps: readonly Step[],
  progress: Progress,
  language: Language,
): StepLine[] {
  return steps.map((step) => ({
    step,
    title: stepTitle(step, language),
    status: stepStatus(step, progress),
    carried: progress.carried?.[step.slug] !== undefined,
  }));
}

/** The step to work on: the first one that does not pass yet. */
export const nextStep = (lines: readonly StepLine[]): StepLine | undefined =>
  lines.find((line) => line.status !== 'passed');

const marks: Record<StepStatus, () => string> = {
  passed: () => chalk.green('✓'),
  failing: () => chalk.red('✗'),
  changed: () => chalk.yellow('~'),
  'not-started': () => chalk.dim('·'),
};

/** Every step with its state, then a bar of how many pass. */
export function formatOverview(lines: readonly StepLine[], width: number): string {
  const next = nextStep(lines);
  const longest = Math.max(...lines.map((line) => line.title.length));
  const rows = lines.map((line) => {
    const number = String(line.step.number).padStart(2);
    const text = `${marks[line.status]()} ${number}  ${line.title.padEnd(longest)}`;
    const state = chalk.dim(m.states[line.status]);
    return `  ${line === next ? chalk.bold(text) : text}  ${state}`;
  });
  const passed = lines.filter((line) => line.status === 'passed').length;
  const summary = `${bar(passed, lines.length, Math.min(30, width - 30))}  ${m.passedCount(passed, lines.length)}`;
  return [...rows, '', `  ${summary}`].join('\n');
}

function bar(done: number, total: number, width: number): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  const [full, empty] = isPlain() ? ['#', '-'] : ['█', '░'];
  const drawn = chalk.green(full.repeat(filled)) + chalk.dim(empty.repeat(width - filled));
  return isPlain() ? `[${drawn}]` : drawn;
}
