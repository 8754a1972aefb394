import chalk from 'chalk';
import type { LearnerError } from '../../harness/learner-error.ts';
import { startServer, type ServerProcess } from '../../harness/server-process.ts';
import { renderMarkdown } from '../../shared/markdown/render.ts';
import { formatFailure } from '../step/report.ts';
import { textWidth } from '../../shared/terminal/width.ts';
import type { Step } from '../../shared/workbook/steps.ts';
import { defaultBurst, fireBurst } from './burst.ts';
import { drawTimeline } from './draw.ts';
import { explainTimeline } from './explain.ts';
import { m } from './messages.ts';

/** The step that brings the slow route: before it, a burst has nothing to show. */
export const firstStepWithSleep = 5;

export interface TimelineOptions {
  solution: boolean;
  sleepMs: number;
  poolSize: number;
}

/** `npm run timeline`: starts the server, fires the burst, draws it; resolves with the exit code. */
export async function showTimeline(step: Step, options: TimelineOptions): Promise<number> {
  const width = textWidth();
  if (step.number < firstStepWithSleep) {
    console.log(renderMarkdown(m.tooEarly(step.number, firstStepWithSleep), width));
    return 1;
  }
  let server: ServerProcess;
  try {
    server = await startServer({
      folder: options.solution ? step.solutionFolder : step.folder,
      env: { SLEEP_MS: String(options.sleepMs), POOL_SIZE: String(options.poolSize) },
    });
  } catch (error) {
    console.log(formatFailure(error as LearnerError));
    return 1;
  }
  // Ctrl-C or a kill while the burst runs must not leave the server behind.
  const stop = () => server.kill();
  process.once('SIGINT', stop).once('SIGTERM', stop);
  try {
    console.log(chalk.dim(m.firing(defaultBurst.length, options.sleepMs)));
    const timeoutMs = defaultBurst.length * options.sleepMs + 10_000;
    // Threads start, and load their modules, on their first jobs: that start-up is not the story.
    const warmUp = Array.from({ length: options.poolSize }, () => ({ path: '/', delayMs: 0 }));
    await fireBurst(server.port, server.host, warmUp, timeoutMs);
    const shots = await fireBurst(server.port, server.host, defaultBurst, timeoutMs);
    console.log(`\n${drawTimeline(shots, width)}\n`);
    console.log(renderMarkdown(explainTimeline(shots, options.sleepMs).join('\n\n'), width));
    return shots.every((shot) => shot.answeredMs !== undefined) ? 0 : 1;
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop);
    await server.stop();
  }
}
