import { describe, expect, test } from 'vitest';
import { formatTable } from './bench-table.ts';
import { chooseContenders } from './contenders.ts';
import type { LoadResult } from './load.ts';
import type { BenchResult } from './bench-result.ts';
import { summarize } from './summary.ts';

const load = (requestsPerSecond: number): LoadResult => ({
  requests: requestsPerSecond * 2,
  requestsPerSecond,
  errors: 0,
  latencyMs: { p50: 1.5, p90: 2, p99: 3.5, max: 4 },
});

/** Per request, every server 4,000 requests/s; with keep-alive, `keptOpen` by server name. */
function resultWith(keptOpen: Record<string, number>): BenchResult {
  return {
    date: '',
    machine: { cpus: 2, cpu: '', node: '', platform: '', loadAverage: 0.5 },
    loadGenerator: 'wrk',
    settings: { sleepMs: 500, poolSize: 4, durationMs: 2000, rounds: 3, connections: 50 },
    contenders: chooseContenders({ poolSize: 4 }).map((contender) => {
      const rate = keptOpen[contender.name];
      return {
        ...contender,
        throughput: load(4000),
        roundsPerSecond: [],
        keepsAlive: rate !== undefined,
        keepAlive: rate === undefined ? undefined : load(rate),
        keepAliveRoundsPerSecond: [],
        cpuPerRequestUs: { closing: 47.2, keptOpen: rate === undefined ? undefined : 9.46 },
        sleep: [],
      };
    }),
  };
}

/** The cells of the table's row `label` under the keep-alive title, split on their gaps. */
function keepAliveRow(table: string, label: string): string[] {
  const lines = table.split('\n');
  const start = lines.findIndex((line) => line.includes('keep-alive'));
  const row = lines.slice(start).find((line) => line.trimStart().startsWith(label))!;
  return row
    .slice(row.indexOf(label) + label.length)
    .trim()
    .split(/\s{2,}/);
}

describe('the benchmark table with keep-alive', () => {
  const result = resultWith({ 'step 9': 12_000, 'step 10': 11_000, 'node:http': 10_000 });
  const table = formatTable(result, summarize(result));

  test('shows a dash for the servers that close every connection, and says why', () => {
    expect(keepAliveRow(table, 'requests/s')).toEqual([
      '–',
      '–',
      '–',
      '12,000',
      '11,000',
      '10,000',
    ]);
    expect(table).toContain('step 5, step 7, step 8: – in the keep-alive rows');
  });

  test("sets each server's keep-alive against node:http's and against its own connection per request", () => {
    expect(keepAliveRow(table, 'against node:http')).toEqual([
      '–',
      '–',
      '–',
      '1.20×',
      '1.10×',
      '1.00×',
    ]);
    expect(keepAliveRow(table, 'against a connection per request').slice(3)).toEqual([
      '3.00×',
      '2.75×',
      '2.50×',
    ]);
  });

  test("shows the server's CPU time per request each way, where it was measured", () => {
    expect(keepAliveRow(table, 'server CPU per request (µs)')).toEqual([
      '–',
      '–',
      '–',
      '9.5',
      '9.5',
      '9.5',
    ]);
    expect(table).toMatch(/^  server CPU per request \(µs\) +47 +47 /m);
  });

  test('prints both keep-alive targets with their ratios and whether they are met', () => {
    expect(table).toMatch(/at least 2× that of step 8.*: 3\.00× — met\./);
    expect(table).toMatch(/at least node:http's with keep-alive\): 1\.20× — met\./);
    const slower = resultWith({ 'step 9': 6000, 'node:http': 10_000 });
    const judged = formatTable(slower, summarize(slower));
    expect(judged).toMatch(/that of step 8.*: 1\.50× — NOT met\./);
    expect(judged).toMatch(/with keep-alive\): 0\.60× — NOT met\./);
  });

  test("sets step 9's CPU time per request with keep-alive beside node:http's", () => {
    expect(table).toContain('with keep-alive, which the machine');
    expect(table).toMatch(/step 9 9\.5 µs, node:http 9\.5 µs\.$/m);
  });

  test('says other programs competed only when the load average was above the number of CPUs', () => {
    expect(table).toContain('load average 0.5 when the run began: not above 2, so the machine');
    const busy = resultWith({ 'step 9': 12_000, 'node:http': 10_000 });
    busy.machine.loadAverage = 22.2;
    expect(formatTable(busy, summarize(busy))).toContain(
      'load average 22.2 when the run began: above 2, so other programs were competing for them.',
    );
  });
});
