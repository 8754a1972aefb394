import chalk from 'chalk';
import type { Status } from '../score/results.ts';
import { m } from '../messages.ts';

/** What grading tells as it goes. */
export interface Progress {
  planned(total: number): void;
  started(label: string): void;
  finished(label: string, status: Status): void;
  done(): void;
}

const width = 24;

/**
 * A one-line bar on a terminal: steps done of all, which are running, time so far. Silent when
 * the stream is not a terminal (a log file, CI), where redrawn lines would only be noise.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): Progress {
  let total = 0;
  let done = 0;
  let failed = 0;
  const running = new Set<string>();
  const started = performance.now();
  let clock: NodeJS.Timeout | undefined;

  const draw = () => {
    const filled = total === 0 ? 0 : Math.round((done / total) * width);
    const bar = chalk.green('█'.repeat(filled)) + chalk.dim('░'.repeat(width - filled));
    const counts = m.progress(
      done,
      total,
      failed,
      Math.round((performance.now() - started) / 1000),
    );
    const room = (stream.columns ?? 80) - width - counts.length - 5;
    const now = [...running].join(', ');
    const shown = now.length > room ? `${now.slice(0, Math.max(0, room - 1))}…` : now;
    stream.write(`\r\x1b[2K${bar} ${counts}${room > 1 && now ? chalk.dim(` · ${shown}`) : ''}`);
  };

  if (!stream.isTTY) return { planned() {}, started() {}, finished() {}, done() {} };
  return {
    planned(count) {
      total = count;
      clock = setInterval(draw, 1000).unref();
      draw();
    },
    started(label) {
      running.add(label);
      draw();
    },
    finished(label, status) {
      running.delete(label);
      done++;
      if (status === 'error') failed++;
      draw();
    },
    done() {
      clearInterval(clock);
      stream.write('\r\x1b[2K');
    },
  };
}
