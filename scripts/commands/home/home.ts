import chalk from 'chalk';
import { renderMarkdown } from '../../shared/markdown/render.ts';
import { m } from './messages.ts';
import { formatOverview, nextStep, type StepLine } from './overview.ts';

/** What to type next: the next step's commands, each with what it does. */
export function formatNextCommands(lines: readonly StepLine[], width: number): string {
  const next = nextStep(lines);
  if (!next) return renderMarkdown(m.allDone, width);
  const before = lines[lines.indexOf(next) - 1];
  // A step not begun, after one that passes: its starter holds our answer, not the learner's.
  const offer = before?.status === 'passed' && next.status === 'not-started' && !next.carried;
  const commands = [...(offer ? [m.carry(next.step.number)] : []), ...m.commands(next.step.number)];
  const longest = Math.max(...commands.map(([command]) => command!.length));
  return [
    chalk.bold(m.next(next.step.number, next.title)),
    ...commands.map(([command, what]) => `  ${chalk.cyan(command!.padEnd(longest))}  ${what}`),
  ].join('\n');
}

/** `npm start`: a welcome, where the learner stands, and exactly what to type next. */
export function formatHome(lines: readonly StepLine[], width: number): string {
  return [
    chalk.bold.magenta(m.title),
    renderMarkdown(m.welcome, width),
    formatOverview(lines, width),
    formatNextCommands(lines, width),
    renderMarkdown(m.more, width),
  ].join('\n\n');
}
