import chalk from 'chalk';
import { isPlain } from '../../shared/terminal/no-color.ts';
import type { Shot } from './burst.ts';
import { m } from './messages.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * One bar per request, from the moment it was sent to the moment it was answered, on a common
 * time axis scaled to the width.
 */
export function drawTimeline(shots: readonly Shot[], width: number): string {
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
  const axis = `${' '.repeat(labelWidth)}${chalk.dim(`0 s${seconds(end).padStart(area - 3 + 1)}`)}`;
  return [...rows, axis].join('\n');
}
