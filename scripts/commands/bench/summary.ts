import type { LoadResult } from './load.ts';
import type { BenchResult, ContenderResult } from './bench-result.ts';

/** How one measure compares with another, and whether that reaches the goal set for it. */
export interface Ratio {
  ratio: number;
  met: boolean;
}

/** What step 9 should reach with keep-alive, in GET / requests per second. */
export const keepAliveTargets = {
  /** Against step 8, the Rust book's design: a new connection for every request. */
  againstClosing: 2,
  /** Against node:http, with keep-alive too. */
  againstBaseline: 1,
};

export interface Summary {
  /** What the pool adds to each GET /, in microseconds: the step 7 server against step 5's. */
  poolCost?: { oneAtATimeUs: number; underLoadUs: number };
  /** The final server's GET / throughput against node:http's, a new connection per request. */
  target?: { server: string } & Ratio;
  /** Step 9 with keep-alive against step 8 without it, and against node:http with it. */
  keepAlive?: {
    server: string;
    closing: string;
    againstClosing?: Ratio;
    againstBaseline?: Ratio;
    /** Each side's own CPU time per GET / with keep-alive, in µs: the load moves it less. */
    cpuUs?: { server: number; baseline: number };
  };
  /** The same server on two pools: the workbook's ThreadPool (step 9) and piscina (step 10). */
  pools?: {
    own: string;
    piscina: string;
    /** The largest /sleep batch, sent at once: wall time in milliseconds on each pool. */
    sleep?: { concurrent: number; ownMs: number; piscinaMs: number };
    /** GET / with keep-alive, requests per second on each: the pool is not on its way. */
    keptOpen?: { own: number; piscina: number };
  };
  /** The learner's own server (--target) against node:http, on the same GET / measures. */
  yours?: { server: string; ratio: number; keepAliveRatio?: number };
}

const find = (result: BenchResult, role: ContenderResult['role']) =>
  result.contenders.find((contender) => contender.role === role);

/** `measured` against `other`, when both were measured: a server that answered nothing has none. */
function against(measured?: LoadResult, other?: LoadResult): number | undefined {
  const ratio = (measured?.requestsPerSecond ?? NaN) / (other?.requestsPerSecond ?? NaN);
  return Number.isFinite(ratio) ? ratio : undefined;
}

function reaching(ratio: number | undefined, goal: number): Ratio | undefined {
  return ratio === undefined ? undefined : { ratio, met: ratio >= goal };
}

function poolsOf(own?: ContenderResult, piscina?: ContenderResult): Summary['pools'] {
  if (!own || !piscina) return undefined;
  const pools: Summary['pools'] = { own: own.name, piscina: piscina.name };
  const last = <T>(list: T[]) => list[list.length - 1];
  const [ownBatch, piscinaBatch] = [last(own.sleep), last(piscina.sleep)];
  if (ownBatch && piscinaBatch?.concurrent === ownBatch.concurrent) {
    const { concurrent, wallMs: ownMs } = ownBatch;
    pools.sleep = { concurrent, ownMs, piscinaMs: piscinaBatch.wallMs };
  }
  if (own.keepAlive && piscina.keepAlive) {
    const [ownRate, piscinaRate] = [own.keepAlive, piscina.keepAlive].map(
      (load) => load.requestsPerSecond,
    );
    pools.keptOpen = { own: ownRate!, piscina: piscinaRate! };
  }
  return pools;
}

export function summarize(result: BenchResult): Summary {
  const summary: Summary = {};
  const single = find(result, 'one thread');
  const pool = find(result, 'pool');
  const final = find(result, 'final');
  const keptOpen = find(result, 'keep-alive');
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
  const target = reaching(against(final?.throughput, baseline?.throughput), 1);
  if (final && target) summary.target = { server: final.name, ...target };
  if (keptOpen && final) {
    summary.keepAlive = {
      server: keptOpen.name,
      closing: final.name,
      againstClosing: reaching(
        against(keptOpen.keepAlive, final.throughput),
        keepAliveTargets.againstClosing,
      ),
      againstBaseline: reaching(
        against(keptOpen.keepAlive, baseline?.keepAlive),
        keepAliveTargets.againstBaseline,
      ),
    };
    const [server, other] = [keptOpen, baseline].map((c) => c?.cpuPerRequestUs?.keptOpen);
    if (server !== undefined && other !== undefined) {
      summary.keepAlive.cpuUs = { server, baseline: other };
    }
  }
  summary.pools = poolsOf(keptOpen, find(result, 'production pool'));
  const ratio = against(yours?.throughput, baseline?.throughput);
  if (yours && ratio !== undefined) {
    const keepAliveRatio = against(yours.keepAlive, baseline?.keepAlive);
    summary.yours = { server: yours.name, ratio, ...(keepAliveRatio && { keepAliveRatio }) };
  }
  return summary;
}
