import { afterEach, describe, expect, test, vi } from 'vitest';
import { numberList, readMeasurementOptions, wholeNumber } from './measurement-options.ts';

const usage = 'Usage: measure [--jobs 1,2,3]';

/** What a function printed before it ended the script, or what it returned. */
function run<T>(read: () => T): { value?: T; told?: string } {
  const told: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((text: string) => void told.push(text));
  vi.spyOn(process, 'exit').mockImplementation(() => {
    throw new Error('ended');
  });
  try {
    return { value: read() };
  } catch {
    return { told: told.join('\n') };
  }
}

const argv = process.argv;
afterEach(() => {
  vi.restoreAllMocks();
  process.argv = argv;
});

describe("a measurement script's command line", () => {
  test('ends on an unknown option with one line naming it, then the usage, and no stack trace', () => {
    process.argv = ['node', 'measure', '--rounds', 'x'];
    const { told } = run(() => readMeasurementOptions({ jobs: { type: 'string' } }, usage));
    expect(told!.split('\n')[0]).toMatch(/^Unknown option '--rounds'/);
    expect(told).toContain(usage);
    expect(told).not.toMatch(/\n\s+at /);
  });

  test('reads a list of whole numbers, and names the item that is not one', () => {
    expect(run(() => numberList('jobs', '1, 2,3', usage)).value).toEqual([1, 2, 3]);
    expect(run(() => numberList('jobs', '1,x', usage)).told).toBe(
      `--jobs takes whole numbers from 1 up, separated by commas, not 'x'.\n\n${usage}`,
    );
    expect(run(() => numberList('jobs', '0', usage)).told).toContain("not '0'");
  });

  test('reads one whole number, from the least it allows', () => {
    expect(run(() => wholeNumber('pause', '0', usage, 0)).value).toBe(0);
    expect(run(() => wholeNumber('runs', '0', usage)).told).toContain(
      "--runs takes a whole number from 1 up, not '0'.",
    );
    expect(run(() => wholeNumber('runs', '2.5', usage)).told).toContain("not '2.5'");
  });
});
