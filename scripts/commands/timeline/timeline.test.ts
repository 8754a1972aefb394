import chalk from 'chalk';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { numberFormats } from '../../shared/i18n/numbers.ts';
import { findStep } from '../../shared/workbook/steps.ts';
import type { Shot } from './burst.ts';
import { drawTimeline } from './draw.ts';
import { explainTimeline } from './explain.ts';
import { showTimeline } from './show-timeline.ts';

const level = chalk.level;
beforeEach(() => (chalk.level = 0));
afterEach(() => {
  chalk.level = level;
  vi.restoreAllMocks();
});

const shot = (path: string, sentMs: number, answeredMs: number): Shot => ({
  path,
  sentMs,
  answeredMs,
  outcome: 'HTTP/1.1 200 OK',
});
const oneThread = [
  shot('/sleep', 0, 1000),
  shot('/sleep', 100, 2000),
  shot('/sleep', 200, 3000),
  shot('/', 300, 3005),
];
const pool = [
  shot('/sleep', 0, 1000),
  shot('/sleep', 100, 1100),
  shot('/sleep', 200, 1200),
  shot('/', 300, 303),
];

describe('the timeline', () => {
  test('draws one bar per request from sent to answered, within the width', () => {
    const lines = drawTimeline(oneThread, 80).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.every((line) => line.length <= 80)).toBe(true);
    const bar = (line: string) => /#+/.exec(line)!;
    expect(bar(lines[1]!).index).toBeGreaterThan(bar(lines[0]!).index);
    expect(bar(lines[3]!)[0].length).toBeGreaterThan(bar(lines[0]!)[0].length);
    expect(lines[4]).toMatch(/0 s\s+3\.0 s$/);
  });

  test('writes its durations the turkish way for a turkish learner', () => {
    const lines = drawTimeline(oneThread, 80, numberFormats.tr).split('\n');
    expect(lines[3]).toMatch(/ 2,7 sn$/);
    expect(lines[4]).toMatch(/0 sn\s+3,0 sn$/);
    expect(lines.every((line) => line.length <= 80)).toBe(true);
  });

  test('tells a request that waited from one served at once', () => {
    expect(explainTimeline(oneThread, 1000).join('\n')).toMatch(
      /one after another[\s\S]*GET \/ waited 2\.7 s/,
    );
    expect(explainTimeline(pool, 1000).join('\n')).toMatch(/side by side[\s\S]*answered in 3 ms/);
  });

  test('counts how many slow requests ran side by side and how many waited', () => {
    const poolOfTwo = [
      shot('/sleep', 0, 1000),
      shot('/sleep', 100, 1100),
      shot('/sleep', 200, 2000),
      shot('/', 300, 303),
    ];
    const told = explainTimeline(poolOfTwo, 1000).join('\n');
    expect(told).toMatch(/2 \/sleep requests were served side by side, and the next one waited/);
    expect(told).not.toMatch(/step 6/);
  });

  test('shows the single-threaded server of step 5 making / wait', async () => {
    const printed = vi.spyOn(console, 'log').mockImplementation(() => {});
    const options = { solution: true, sleepMs: 1000, poolSize: 4 };
    expect(await showTimeline(findStep('5')!, options)).toBe(0);
    expect(printed.mock.calls.join('\n')).toContain('GET / waited');
  });

  test('shows the pool of step 6 serving / at once', async () => {
    const printed = vi.spyOn(console, 'log').mockImplementation(() => {});
    const options = { solution: true, sleepMs: 2000, poolSize: 4 };
    expect(await showTimeline(findStep('6')!, options)).toBe(0);
    expect(printed.mock.calls.join('\n')).toMatch(/GET \/ was answered in [\d,]+ ms/);
  });
});
