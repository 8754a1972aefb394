import { describe, expect, test } from 'vitest';
import type { LoadResult } from './load.ts';
import { median, medianRound, roundTurns } from './rounds.ts';

const round = (requestsPerSecond: number): LoadResult => ({
  requests: requestsPerSecond,
  requestsPerSecond,
  errors: 0,
  latencyMs: { p50: 1, p90: 1, p99: 1, max: 1 },
});

describe('the rounds of GET / measures', () => {
  test('count the middle round, whatever order the rounds came in', () => {
    expect(medianRound([round(900), round(100), round(500)])?.requestsPerSecond).toBe(500);
    expect(medianRound([round(300), round(100)])?.requestsPerSecond).toBe(100);
    expect(medianRound([])).toBeUndefined();
  });

  test("count the middle of the servers' CPU times per request too", () => {
    expect(median([14, 11, 30])).toBe(14);
    expect(median([])).toBeUndefined();
  });

  test('measure every server per request and only those that keep connections open with keep-alive', () => {
    expect(roundTurns([false, true, true], 0)).toEqual([
      { index: 0, keepAlive: false },
      { index: 1, keepAlive: false },
      { index: 1, keepAlive: true },
      { index: 2, keepAlive: false },
      { index: 2, keepAlive: true },
    ]);
  });

  test('take their turns backwards every other round', () => {
    const forwards = roundTurns([true, false], 0);
    expect(roundTurns([true, false], 1)).toEqual(forwards.toReversed());
    expect(roundTurns([true, false], 2)).toEqual(forwards);
  });
});
