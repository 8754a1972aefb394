import { afterEach, describe, expect, test, vi } from 'vitest';
import { chooseContenders } from './contenders.ts';
import type { LoadResult } from './load.ts';
import type { BenchResult } from './bench-result.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const load = (requestsPerSecond: number): LoadResult => ({
  requests: requestsPerSecond * 2,
  requestsPerSecond,
  errors: 0,
  latencyMs: { p50: 12.34, p90: 20, p99: 31.5, max: 40 },
});

const result: BenchResult = {
  date: '',
  machine: { cpus: 2, cpu: '', node: '', platform: '', loadAverage: 1.25 },
  loadGenerator: 'wrk',
  settings: { sleepMs: 500, poolSize: 4, durationMs: 2000, rounds: 3, connections: 50 },
  contenders: chooseContenders({ poolSize: 4 }).map((contender) => ({
    ...contender,
    throughput: load(contender.role === 'baseline' ? 2000 : 3233),
    roundsPerSecond: [],
    keepsAlive: false,
    keepAliveRoundsPerSecond: [],
    sleep: [{ concurrent: 4, wallMs: 1500, idealMs: 500, answered: 4 }],
  })),
};

/** The table as a learner whose locale is `lang` reads it. */
async function tableIn(lang: string) {
  vi.stubEnv('WORKBOOK_LANG', lang);
  vi.resetModules();
  const { formatTable } = await import('./bench-table.ts');
  const { summarize } = await import('./summary.ts');
  return formatTable(result, summarize(result));
}

describe('the benchmark table', () => {
  test('writes its numbers the turkish way for a turkish learner', async () => {
    const table = await tableIn('tr');
    expect(table).toContain('3.233');
    expect(table).toContain('12,3 / 31,5');
    expect(table).toContain('1,62 kat');
    expect(table).toContain('1,50 sn (0,50)');
    expect(table).toContain("yük ortalaması 1,3: 2'den yüksek değil");
    expect(table).not.toMatch(/\d\.\d\d\b(?!\d)|\d,\d{3}\b|×/);
  });

  test('writes its numbers the english way for an english learner', async () => {
    const table = await tableIn('en');
    expect(table).toContain('3,233');
    expect(table).toContain('12.3 / 31.5');
    expect(table).toContain('1.62×');
    expect(table).toContain('1.50 s (0.50)');
  });
});
