import { expectRan, expectResolved } from './expect-run.ts';
import type { Blocked } from './jobs.ts';
import { mostAtOnce } from './overlap.ts';
import { sharedScenario, type ScenarioRun } from './run-scenario.ts';
import { jobLineIds } from './worker-lines.ts';

/** The threads of the pool that gets a batch: one job more than this waits for a free thread. */
export const batchSize = 3;
const jobs = Array.from({ length: batchSize + 1 }, (_, index) => `job ${index}`);
/** What every scenario settles before its jobs: the pool's creation and a warm-up job. */
export const started = ['create', 'warm-up'];
/** How many jobs a batch's pool ran, with the warm-up jobs the scenario gave it first. */
export const jobsRun = (run: ScenarioRun) => (run.fact<number>('warmUpJobs') ?? 0) + jobs.length;

export interface Batch {
  run: ScenarioRun;
  /** Where and when each job of the batch ran, in the order they were given. */
  blocked: Blocked[];
}

/**
 * The two scenarios that a pool's own checks and piscina's share, each run once per check file:
 * a batch of blocking jobs, one more than the pool has threads, given all at once; and four
 * short jobs given at once to a pool of one thread.
 */
export function batchScenarios(folder: string) {
  const batch = sharedScenario(folder, 'batch', {
    params: { size: batchSize, ms: 500, jobs: jobs.length },
    until: (run) => jobLineIds(run.output).length >= jobsRun(run),
  });
  const queue = sharedScenario(folder, 'batch', { params: { size: 1, ms: 40, jobs: 4 } });
  return {
    async batch(): Promise<Batch> {
      const run = await batch();
      expectRan(run, batchSize, [...started, ...jobs]);
      return { run, blocked: expectResolved(run, jobs) as Blocked[] };
    },
    /** The order in which the four queued jobs started: "1, 2, 3, 4" when first come, first served. */
    async startOrder(): Promise<string> {
      const run = await queue();
      const labels = jobs.slice(0, 4);
      expectRan(run, 1, [...started, ...labels]);
      const starts = (expectResolved(run, labels) as Blocked[]).map((job) => job.start);
      return labels
        .map((_, index) => index)
        .sort((a, b) => starts[a]! - starts[b]!)
        .map((index) => index + 1)
        .join(', ');
    },
  };
}

/** Whether the batch's extra job waited until a thread was free, instead of running at once. */
export function extraJobWaited(blocked: readonly Blocked[]): boolean {
  const firstFree = Math.min(...blocked.slice(0, batchSize).map((job) => job.end));
  return mostAtOnce(blocked) <= batchSize && blocked[batchSize]!.start >= firstFree - 5;
}
