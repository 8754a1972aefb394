import type { BenchResult, ContenderResult } from './run-bench.ts';

export interface Summary {
  /** What the pool adds to each GET /, in microseconds: the step 7 server against step 5's. */
  poolCost?: { oneAtATimeUs: number; underLoadUs: number };
  /** The target: the final server's GET / throughput at least node:http's. */
  target?: { server: string; ratio: number; met: boolean };
  /** The learner's own server (--target) against node:http, on the same GET / measure. */
  yours?: { server: string; ratio: number };
}

const find = (result: BenchResult, role: ContenderResult['role']) =>
  result.contenders.find((contender) => contender.role === role);

export function summarize(result: BenchResult): Summary {
  const summary: Summary = {};
  const single = find(result, 'one thread');
  const pool = find(result, 'pool');
  const final = find(result, 'final');
  const yours = find(result, 'yours');
  const baseline = find(result, 'baseline');
  if (single?.oneAtATime && pool?.oneAtATime && single.throughput && pool.throughput) {
    const perRequest = (rate: number) => 1e6 / rate;
    const oneAtATimeUs = (pool.oneAtATime.latencyMs.p50 - single.oneAtATime.latencyMs.p50) * 1000;
    const underLoadUs =
      perRequest(pool.throughput.requestsPerSecond) -
      perRequest(single.throughput.requestsPerSecond);
    // A server that answered nothing has no cost to compare.
    if (Number.isFinite(oneAtATimeUs + underLoadUs))
      summary.poolCost = { oneAtATimeUs, underLoadUs };
  }
  if (final?.throughput && baseline?.throughput) {
    const ratio = final.throughput.requestsPerSecond / baseline.throughput.requestsPerSecond;
    if (Number.isFinite(ratio)) summary.target = { server: final.name, ratio, met: ratio >= 1 };
  }
  if (yours?.throughput && baseline?.throughput) {
    const ratio = yours.throughput.requestsPerSecond / baseline.throughput.requestsPerSecond;
    if (Number.isFinite(ratio)) summary.yours = { server: yours.name, ratio };
  }
  return summary;
}
