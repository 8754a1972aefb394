import { describe, expect, test } from 'vitest';
import { numberFormats } from './numbers.ts';

const { en, tr } = numberFormats;

describe('numbers shown to a learner', () => {
  test('group thousands with a comma in english and a dot in turkish', () => {
    expect(en.number(3233)).toBe('3,233');
    expect(tr.number(3233)).toBe('3.233');
    expect(tr.number(1_234_567)).toBe('1.234.567');
    expect(tr.number(999)).toBe('999');
  });

  test('mark decimals with a dot in english and a comma in turkish', () => {
    expect(en.number(1.5, 1)).toBe('1.5');
    expect(tr.number(1.5, 1)).toBe('1,5');
    expect(tr.number(2, 1)).toBe('2');
    expect(tr.fixed(2, 2)).toBe('2,00');
    expect(en.fixed(0.125, 2)).toBe('0.13');
  });

  test('round to whole numbers unless decimals are asked for', () => {
    expect(tr.number(3232.6)).toBe('3.233');
  });

  test('write seconds as s in english and sn in turkish', () => {
    expect(en.seconds(1.5)).toBe('1.5 s');
    expect(tr.seconds(1.5)).toBe('1,5 sn');
    expect(tr.seconds(2)).toBe('2 sn');
    expect(tr.seconds(1, 1)).toBe('1,0 sn');
    expect(tr.seconds(0.25)).toBe('0,25 sn');
  });

  test('write milliseconds with the language decimal mark', () => {
    expect(en.milliseconds(12.34, 1)).toBe('12.3 ms');
    expect(tr.milliseconds(12.34, 1)).toBe('12,3 ms');
    expect(tr.milliseconds(1500)).toBe('1.500 ms');
  });

  test('write a ratio as 1.52× in english and 1,52 kat in turkish', () => {
    expect(en.times(1.5234)).toBe('1.52×');
    expect(tr.times(1.5234)).toBe('1,52 kat');
  });

  test('show a dash for a value that was never measured', () => {
    for (const format of [en, tr]) {
      expect(format.number(NaN)).toBe('–');
      expect(format.seconds(Infinity)).toBe('–');
      expect(format.milliseconds(NaN, 2)).toBe('–');
      expect(format.times(NaN)).toBe('–');
    }
  });
});
