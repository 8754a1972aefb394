import { describe, expect, test } from 'vitest';
import { chooseContenders } from './contenders.ts';
import type { LoadResult } from './load.ts';
import type { BenchResult } from './bench-result.ts';
import type { SleepBatch } from './sleep-batch.ts';
import { summarize } from './summary.ts';

const load = (requestsPerSecond: number, p50: number): LoadResult => ({
  requests: requestsPerSecond * 2,
  requestsPerSecond,
  errors: 0,
  latencyMs: { p50, p90: p50, p99: p50, max: p50 },
});

/** What a run measured beyond GET / per request, by server name. */
interface Also {
  /** GET / with keep-alive, in requests per second, for the servers that keep connections open. */
  keptOpen?: Record<string, number>;
  /** The /sleep batches' wall times in milliseconds, one per batch. */
  sleepMs?: Record<string, number[]>;
}

const batch = (wallMs: number, concurrent: number): SleepBatch => ({
  concurrent,
  wallMs,
  idealMs: 500,
  answered: concurrent,
});

/** A run where each reference server served `rates` requests per second, by name. */
function run(rates: Record<string, number>, target?: string, also: Also = {}): BenchResult {
  const contenders = chooseContenders({ poolSize: 4, target }).map((contender) => {
    const keptOpen = also.keptOpen?.[contender.name];
    return {
      ...contender,
      throughput: load(rates[contender.name]!, 1000 / rates[contender.name]!),
      oneAtATime: load(rates[contender.name]!, 1000 / rates[contender.name]!),
      roundsPerSecond: [],
      keepsAlive: keptOpen !== undefined,
      keepAlive: keptOpen === undefined ? undefined : load(keptOpen, 1000 / keptOpen),
      keepAliveRoundsPerSecond: [],
      sleep: (also.sleepMs?.[contender.name] ?? []).map((ms, row) => batch(ms, 4 * (row + 1))),
    };
  });
  return {
    date: '',
    machine: { cpus: 2, cpu: '', node: '', platform: '', loadAverage: 0 },
    loadGenerator: 'wrk',
    settings: { sleepMs: 500, poolSize: 4, durationMs: 2000, rounds: 3, connections: 50 },
    contenders,
  };
}

describe('the benchmark summary', () => {
  test('judges the target on the final server, step 8, against node:http', () => {
    const rates = { 'step 5': 4000, 'step 7': 2000, 'step 8': 6000, 'node:http': 5000 };
    expect(summarize(run(rates)).target).toEqual({ server: 'step 8', ratio: 1.2, met: true });
    const slower = { ...rates, 'step 8': 4000 };
    expect(summarize(run(slower)).target).toEqual({ server: 'step 8', ratio: 0.8, met: false });
  });

  test("prices the pool as step 7's time per request beyond step 5's", () => {
    const rates = { 'step 5': 4000, 'step 7': 2000, 'step 8': 6000, 'node:http': 5000 };
    const cost = summarize(run(rates)).poolCost!;
    expect(cost.underLoadUs).toBeCloseTo(1e6 / 2000 - 1e6 / 4000);
    expect(cost.oneAtATimeUs).toBeCloseTo((1000 / 2000 - 1000 / 4000) * 1000);
  });

  test("gives a learner's own server its own ratio, apart from the target's", () => {
    const rates = { 'step 5': 4000, 'step 7': 2000, 'step 8': 6000, 'node:http': 5000 };
    const summary = summarize(run({ ...rates, 'steps/08-harden': 2500 }, 'steps/08-harden'));
    expect(summary.yours).toEqual({ server: 'steps/08-harden', ratio: 0.5 });
    expect(summary.target?.ratio).toBe(1.2);
    expect(summarize(run(rates)).yours).toBeUndefined();
  });

  test("gives a learner's server a keep-alive ratio only when it keeps connections open", () => {
    const rates = { 'step 8': 6000, 'node:http': 5000, 'steps/09-keep-alive': 5000 };
    const keptOpen = { 'node:http': 20_000, 'steps/09-keep-alive': 30_000 };
    const summary = summarize(run(rates, 'steps/09-keep-alive', { keptOpen }));
    expect(summary.yours).toEqual({ server: 'steps/09-keep-alive', ratio: 1, keepAliveRatio: 1.5 });
    const closing = summarize(run(rates, 'steps/09-keep-alive', { keptOpen: { 'node:http': 1 } }));
    expect(closing.yours).toEqual({ server: 'steps/09-keep-alive', ratio: 1 });
  });
});

describe('the keep-alive targets', () => {
  const rates = { 'step 5': 4000, 'step 7': 2000, 'step 8': 6000, 'node:http': 5000 };

  test("judge step 9 with keep-alive against twice step 8's connection per request", () => {
    const twice = run(rates, undefined, { keptOpen: { 'step 9': 12_000, 'node:http': 12_000 } });
    expect(summarize(twice).keepAlive).toMatchObject({
      server: 'step 9',
      closing: 'step 8',
      againstClosing: { ratio: 2, met: true },
    });
    const less = run(rates, undefined, { keptOpen: { 'step 9': 11_000, 'node:http': 12_000 } });
    expect(summarize(less).keepAlive?.againstClosing?.met).toBe(false);
  });

  test('judge step 9 with keep-alive against node:http with keep-alive, at par or more', () => {
    const par = run(rates, undefined, { keptOpen: { 'step 9': 30_000, 'node:http': 30_000 } });
    expect(summarize(par).keepAlive?.againstBaseline).toEqual({ ratio: 1, met: true });
    const below = run(rates, undefined, { keptOpen: { 'step 9': 27_000, 'node:http': 30_000 } });
    expect(summarize(below).keepAlive?.againstBaseline).toEqual({ ratio: 0.9, met: false });
  });

  test('are left out when a side was not measured with keep-alive', () => {
    const keepAlive = summarize(
      run(rates, undefined, { keptOpen: { 'step 9': 30_000 } }),
    ).keepAlive;
    expect(keepAlive?.againstClosing?.ratio).toBe(5);
    expect(keepAlive?.againstBaseline).toBeUndefined();
    expect(summarize(run(rates)).keepAlive?.againstClosing).toBeUndefined();
  });
});

describe('the two pools', () => {
  test("set step 9's ThreadPool beside step 10's piscina on the largest /sleep batch and GET /", () => {
    const sleepMs = { 'step 9': [510, 1020], 'step 10': [505, 1040] };
    const keptOpen = { 'step 9': 30_000, 'step 10': 29_000 };
    const pools = summarize(run({}, undefined, { sleepMs, keptOpen })).pools;
    expect(pools).toEqual({
      own: 'step 9',
      piscina: 'step 10',
      sleep: { concurrent: 8, ownMs: 1020, piscinaMs: 1040 },
      keptOpen: { own: 30_000, piscina: 29_000 },
    });
  });

  test('compare no /sleep batch that only one of them ran', () => {
    const sleepMs = { 'step 9': [510, 1020], 'step 10': [505] };
    const pools = summarize(run({}, undefined, { sleepMs })).pools;
    expect(pools).toEqual({ own: 'step 9', piscina: 'step 10' });
  });
});
