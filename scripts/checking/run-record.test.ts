import { describe, expect, test } from 'vitest';
import { findStep } from '../shared/workbook/steps.ts';
import { RunRecord } from './run-record.ts';

const checks = (file: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `${file}${index}`,
    name: `${file} ${index}`,
  }));

describe('a run record', () => {
  test('names the check that has run longest among files running side by side', () => {
    const record = new RunRecord();
    record.add({ type: 'file-start', file: 'a.test.ts', checks: checks('a', 2) });
    record.add({ type: 'file-start', file: 'b.test.ts', checks: checks('b', 2) });
    record.add({ type: 'test-start', id: 'a0', name: 'a 0' });
    record.add({ type: 'test-start', id: 'b0', name: 'b 0' });
    record.add({ type: 'test-end', id: 'b0', name: 'b 0', state: 'pass', durationMs: 1 });
    expect(record.running).toBe('a 0');
  });

  test('names a check that blocked its thread before its start could be sent', () => {
    const record = new RunRecord();
    record.add({ type: 'file-start', file: 'a.test.ts', checks: checks('a', 2) });
    record.add({ type: 'file-start', file: 'b.test.ts', checks: checks('b', 1) });
    record.add({ type: 'test-start', id: 'b0', name: 'b 0' });
    record.add({ type: 'test-end', id: 'b0', name: 'b 0', state: 'pass', durationMs: 1 });
    expect(record.running).toBe('a 0');
  });

  test("keeps a check's result when its start is reported after its end", () => {
    const record = new RunRecord();
    record.add({ type: 'file-start', file: 'a.test.ts', checks: checks('a', 1) });
    record.add({ type: 'test-end', id: 'a0', name: 'a 0', state: 'pass', durationMs: 1 });
    record.add({ type: 'test-start', id: 'a0', name: 'a 0' });
    record.add({ type: 'run-end' });
    expect(record.running).toBeUndefined();
    expect(record.result(findStep('1')!, '').tests.map((test) => test.state)).toEqual(['pass']);
  });
});
