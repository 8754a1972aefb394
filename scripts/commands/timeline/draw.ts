import chalk from 'chalk';
import { numbers, type NumberFormat } from '../../shared/i18n/numbers.ts';
import { isPlain } from '../../shared/terminal/no-color.ts';
import type { Shot } from './burst.ts';
import { m } from './messages.ts';

/**
 * One bar per request, from the moment it was sent to the moment it was answered, on a common
 * time axis scaled to the width.
 */
export function drawTimeline(
  shots: readonly Shot[],
  width: number,
  format: NumberFormat = numbers,
): string {
  const seconds = (ms: number) => format.seconds(ms / 1000, 1);
  const labels = shots.map((shot) => `GET ${shot.path}`);
  const labelWidth = Math.max(...labels.map((label) => label.length)) + 2;
  const area = Math.max(20, width - labelWidth - 10);
  const end = Math.max(...shots.map((shot) => shot.answeredMs ?? shot.sentMs), 1);
  const column = (ms: number) => Math.round((ms / end) * area);
  const block = isPlain() ? '#' : '█';
  const rows = shots.map((shot, index) => {
    const from = column(shot.sentMs);
    const label = labels[index]!.padEnd(labelWidth);
    if (shot.answeredMs === undefined) {
      const line = chalk.red(`${' '.repeat(from)}× ${m.noAnswer(shot.outcome)}`);
      return `${label}${line}`;
    }
    const length = Math.max(1, column(shot.answeredMs) - from);
    const colour = shot.path === '/' ? chalk.green : chalk.yellow;
    const took = chalk.dim(` ${seconds(shot.answeredMs - shot.sentMs)}`);
    return `${label}${' '.repeat(from)}${colour(block.repeat(length))}${took}`;
  });
  const zero = format.seconds(0);
  const axis = `${' '.repeat(labelWidth)}${chalk.dim(`${zero}${seconds(end).padStart(area - zero.length + 1)}`)}`;
  return [...rows, axis].join('\n');
}
