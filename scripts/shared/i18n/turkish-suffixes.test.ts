import { describe, expect, test } from 'vitest';
import {
  ablative,
  accusative,
  dative,
  genitive,
  locative,
  possessive,
  suffix,
} from './turkish-suffixes.ts';

// The endings of the words heard last: "bir" to "dokuz" for the ones, "on" to "doksan" for the tens.
const byOnes = {
  dative: ['', 'e', 'ye', 'e', 'e', 'e', 'ya', 'ye', 'e', 'a'],
  ablative: ['', 'den', 'den', 'ten', 'ten', 'ten', 'dan', 'den', 'den', 'dan'],
  genitive: ['', 'in', 'nin', 'ün', 'ün', 'in', 'nın', 'nin', 'in', 'un'],
};
const byTens = {
  dative: ['', 'a', 'ye', 'a', 'a', 'ye', 'a', 'e', 'e', 'a'],
  ablative: ['', 'dan', 'den', 'dan', 'tan', 'den', 'tan', 'ten', 'den', 'dan'],
  genitive: ['', 'un', 'nin', 'un', 'ın', 'nin', 'ın', 'in', 'in', 'ın'],
};
const zeroAndHundred = {
  dative: ['a', 'e'],
  ablative: ['dan', 'den'],
  genitive: ['ın', 'ün'],
};

describe('turkish endings after a number', () => {
  for (const grammaticalCase of ['dative', 'ablative', 'genitive'] as const) {
    test(`follow the last word read aloud for every number from 0 to 100 (${grammaticalCase})`, () => {
      const expected = Array.from({ length: 101 }, (_, n) => {
        if (n === 0) return zeroAndHundred[grammaticalCase][0];
        if (n === 100) return zeroAndHundred[grammaticalCase][1];
        return n % 10 === 0 ? byTens[grammaticalCase][n / 10] : byOnes[grammaticalCase][n % 10];
      });
      const actual = Array.from({ length: 101 }, (_, n) => suffix(n, grammaticalCase));
      expect(actual).toEqual(expected);
    });
  }

  test('write the examples of the course as a turkish reader expects them', () => {
    expect(`${ablative(0)} ${dative(2)}`).toBe("0'dan 2'ye");
    expect([dative(3), dative(6), dative(10), ablative(8), dative(100)]).toEqual([
      "3'e",
      "6'ya",
      "10'a",
      "8'den",
      "100'e",
    ]);
    expect([locative(3), locative(40), locative(5), locative(8)]).toEqual([
      "3'te",
      "40'ta",
      "5'te",
      "8'de",
    ]);
    expect([accusative(2), accusative(5), accusative(6), accusative(9)]).toEqual([
      "2'yi",
      "5'i",
      "6'yı",
      "9'u",
    ]);
  });

  test("count a part of a whole: 8 kontrolün 2'si, 3'ü, 6'sı", () => {
    expect([possessive(2), possessive(3), possessive(6), possessive(10), possessive(0)]).toEqual([
      "2'si",
      "3'ü",
      "6'sı",
      "10'u",
      "0'ı",
    ]);
  });

  test('read thousands, grouped numbers and decimals as they are said', () => {
    expect(dative(1000)).toBe("1000'e");
    expect(ablative(3000)).toBe("3000'den");
    expect(dative('3.233')).toBe("3.233'e");
    expect(dative('2.000')).toBe("2.000'e");
    expect(locative('1,5')).toBe("1,5'te");
    expect(ablative('0,25')).toBe("0,25'ten");
  });

  test('read a unit after a number as its word: milisaniye, saniye', () => {
    expect(locative('12 ms')).toBe("12 ms'de");
    expect(dative('1,5 sn')).toBe("1,5 sn'ye");
  });
});

describe('turkish endings after a name', () => {
  test('follow the last vowel and the last sound of a word', () => {
    expect(dative('Host')).toBe("Host'a");
    expect(locative('Host')).toBe("Host'ta");
    expect(ablative('SIGTERM')).toBe("SIGTERM'den");
    expect(genitive('Rust')).toBe("Rust'un");
    expect(dative('listen')).toBe("listen'e");
  });

  test('spell a word without a vowel letter by letter', () => {
    expect(dative('TCP')).toBe("TCP'ye");
    expect(dative('node:http')).toBe("node:http'ye");
    expect(genitive('HTTP')).toBe("HTTP'nin");
    expect(dative('Ctrl+C')).toBe("Ctrl+C'ye");
  });

  test('take how a name is said when it is not read as written', () => {
    expect(dative('POOL_SIZE', 'sayz')).toBe("POOL_SIZE'a");
    expect(genitive('Worker', 'vörkır')).toBe("Worker'ın");
    expect(genitive('close()', 'kloz')).toBe("close()'un");
  });
});
