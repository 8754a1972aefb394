import { describe, expect, test } from 'vitest';
import { cpuSecondsOf } from './cpu-time.ts';

describe("reading a process's CPU time from /proc", () => {
  test('adds user and system time, counted in clock ticks', () => {
    const stat = '42 (node) S 1 42 42 0 -1 4194560 900 0 0 0 250 50 0 0 20 0 11 0 100 1 1';
    expect(cpuSecondsOf(stat)).toBeCloseTo(3);
  });

  test('counts the fields from the end of the name, which may hold spaces and parentheses', () => {
    const stat = '7 (a (b) c) R 1 7 7 0 -1 0 0 0 0 0 100 100 0 0 20 0 1 0 5 1 1';
    expect(cpuSecondsOf(stat)).toBeCloseTo(2);
  });

  test('gives nothing for a line it cannot read', () => {
    expect(cpuSecondsOf('')).toBeUndefined();
  });
});
