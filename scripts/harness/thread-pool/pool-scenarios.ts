import { check } from '../learner-error.ts';
import { expectRan, expectResolved } from './expect-run.ts';
import type { Blocked } from './jobs.ts';
import { mostAtOnce } from './overlap.ts';
import type { Settled } from './protocol.ts';
import { sharedScenario, type ScenarioRun } from './run-scenario.ts';
import { jobLineIds } from './worker-lines.ts';

/** The threads of the pool that gets a batch: one job more than this waits for a free thread. */
const size = 3;
const jobs = Array.from({ length: size + 1 }, (_, index) => `job ${index}`);
/** What every scenario settles before its jobs: the pool's creation and a warm-up job. */
const started = ['create', 'warm-up'];
/**
 * The failure scenario's jobs: one that throws, one after it, one whose module is missing, one
 * more, and one that prints while it runs.
 */
const failureJobs = ['throwing', 'next', 'unimportable', 'after unimportable', 'saying'];
/** Sizes a pool must refuse, as the scenario labels them. */
const badSizes = ['0', '-1', '2.5', 'NaN'];

export interface Batch {
  run: ScenarioRun;
  blocked: Blocked[];
  threadsAtStart: number;
  threadsCreated: number;
}

/**
 * The scenarios that a pool's own checks and piscina's share, each run once per check file, in a
 * process of its own: a batch of blocking jobs, one more than the pool has threads, given all at
 * once; four short jobs given at once to a pool of one thread; a job that throws; bad sizes.
 */
export function poolScenarios(folder: string) {
  const jobsRun = (run: ScenarioRun) => (run.fact<number>('warmUpJobs') ?? 0) + jobs.length;
  const batch = sharedScenario(folder, 'batch', {
    params: { size, ms: 500, jobs: jobs.length },
    until: (run) => jobLineIds(run.output).length >= jobsRun(run),
  });
  const queue = sharedScenario(folder, 'batch', { params: { size: 1, ms: 40, jobs: 4 } });
  const failingJobsRun = (run: ScenarioRun) =>
    (run.fact<number>('warmUpJobs') ?? 0) + failureJobs.length;
  const failing = sharedScenario(folder, 'failure', {
    until: (run) => jobLineIds(run.output).length >= failingJobsRun(run),
  });
  const sizes = sharedScenario(folder, 'sizes');
  return {
    size,
    started,
    /** How many jobs the batch's pool ran, with the warm-up jobs the scenario gave it first. */
    jobsRun,
    /**
     * Where and when each job of the batch ran, in the order they were given, and the pool's
     * threads: how many ran once it was created, and how many it ever started.
     */
    async batch(): Promise<Batch> {
      const run = await batch();
      expectRan(run, size, [...started, ...jobs]);
      return {
        run,
        blocked: expectResolved(run, jobs) as Blocked[],
        threadsAtStart: run.fact<number>('threadsAtStart') ?? 0,
        threadsCreated: run.fact<number>('threadsCreated') ?? 0,
      };
    },
    /** Fails unless four jobs given at once to a pool of one thread start first come, first served. */
    async expectFirstComeFirstServed(t: { order: (order: string) => string; hint: string }) {
      const run = await queue();
      const labels = jobs.slice(0, 4);
      expectRan(run, 1, [...started, ...labels]);
      const starts = (expectResolved(run, labels) as Blocked[]).map((job) => job.start);
      const order = labels
        .map((_, index) => index)
        .sort((a, b) => starts[a]! - starts[b]!)
        .map((index) => index + 1)
        .join(', ');
      check(order === '1, 2, 3, 4', () => ({ message: t.order(order), hint: t.hint }));
    },
    /**
     * A pool of one thread given a job that throws, then one more ('throwing', 'next'), then a job
     * whose module cannot be imported, one more, and one that prints while it runs.
     */
    failing,
    /** How many jobs the failure scenario's pool took, its warm-up jobs included. */
    failingJobsRun,
    /** How creating a pool of each bad size ended, and how a pool of 2 did. */
    async sizes(): Promise<{ refused: [string, Settled][]; valid: Settled }> {
      const run = await sizes();
      expectRan(run, 2, [...badSizes, '2']);
      const refused = badSizes.map((label): [string, Settled] => [label, run.settled(label)!]);
      return { refused, valid: run.settled('2')! };
    },
  };
}

/** Whether the batch's extra job waited until a thread was free, instead of running at once. */
export function extraJobWaited(blocked: readonly Blocked[]): boolean {
  const firstFree = Math.min(...blocked.slice(0, size).map((job) => job.end));
  return mostAtOnce(blocked) <= size && blocked[size]!.start >= firstFree - 5;
}
