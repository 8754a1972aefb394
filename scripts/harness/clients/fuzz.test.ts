import { describe, expect, test } from 'vitest';
import { fuzzCases, seededRandom } from './fuzz.ts';

describe('the fuzz cases', () => {
  test('are the same for the same seed and differ for another', () => {
    const bytes = (seed: number) => fuzzCases(seed, 50).map((fuzz) => fuzz.bytes.toString('hex'));
    expect(bytes(7)).toEqual(bytes(7));
    expect(bytes(8)).not.toEqual(bytes(7));
  });

  test('each end with the empty line and stay well under the 8 KiB limit', () => {
    for (const fuzz of fuzzCases(2026, 3000)) {
      expect(fuzz.bytes.subarray(-4).toString()).toBe('\r\n\r\n');
      expect(fuzz.bytes.length).toBeLessThan(6 * 1024);
    }
  });

  test('count as malformed only when no line reads as a request line', () => {
    const cases = fuzzCases(2026, 3000);
    const malformed = cases.filter((fuzz) => fuzz.malformed);
    expect(malformed.length).toBeGreaterThan(1000);
    expect(malformed.length).toBeLessThan(cases.length);
    for (const fuzz of malformed) {
      const lines = fuzz.bytes.toString('utf8').split(/\r?\n/);
      expect(lines.some((line) => /^\S+ \S+ HTTP\/\d\.\d$/.test(line))).toBe(false);
    }
  });

  test('come from a generator spread evenly over [0, 1)', () => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 10_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((sum, draw) => sum + draw, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});
