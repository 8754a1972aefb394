import { describe, expect, test } from 'vitest';
import { chooseContenders } from './contenders.ts';
import type { LoadResult } from './load.ts';
import type { BenchResult } from './run-bench.ts';
import { summarize } from './summary.ts';

const load = (requestsPerSecond: number, p50: number): LoadResult => ({
  requests: requestsPerSecond * 2,
  requestsPerSecond,
  errors: 0,
  latencyMs: { p50, p90: p50, p99: p50, max: p50 },
});

/** A run where each reference server served `rates` requests per second, by name. */
function run(rates: Record<string, number>, target?: string): BenchResult {
  const contenders = chooseContenders({ poolSize: 4, target }).map((contender) => ({
    ...contender,
    throughput: load(rates[contender.name]!, 1000 / rates[contender.name]!),
    oneAtATime: load(rates[contender.name]!, 1000 / rates[contender.name]!),
    roundsPerSecond: [],
    sleep: [],
  }));
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
});
