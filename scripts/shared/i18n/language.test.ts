import { describe, expect, test } from 'vitest';
import { chooseLanguage } from './language.ts';

const node = ['node', 'scripts/cli/step.ts', '3'];

describe('choosing the language', () => {
  test('speaks english when nothing asks for another language', () => {
    expect(chooseLanguage(node, {})).toBe('en');
  });

  test('takes --lang in both of its forms', () => {
    expect(chooseLanguage([...node, '--lang', 'tr'], {})).toBe('tr');
    expect(chooseLanguage([...node, '--lang=tr'], {})).toBe('tr');
    expect(chooseLanguage([...node, '--lang=TR'], {})).toBe('tr');
  });

  test('lets --lang win over WORKBOOK_LANG and the locale', () => {
    expect(chooseLanguage([...node, '--lang', 'en'], { WORKBOOK_LANG: 'tr', LANG: 'tr_TR' })).toBe(
      'en',
    );
  });

  test('lets WORKBOOK_LANG win over the locale', () => {
    expect(chooseLanguage(node, { WORKBOOK_LANG: 'tr', LC_ALL: 'en_US.UTF-8' })).toBe('tr');
    expect(chooseLanguage(node, { WORKBOOK_LANG: 'en', LANG: 'tr_TR.UTF-8' })).toBe('en');
  });

  test('reads a turkish locale such as tr_TR.UTF-8 from LANG', () => {
    expect(chooseLanguage(node, { LANG: 'tr_TR.UTF-8' })).toBe('tr');
    expect(chooseLanguage(node, { LANG: 'tr_TR' })).toBe('tr');
    expect(chooseLanguage(node, { LANG: 'tr' })).toBe('tr');
  });

  test('lets LC_ALL win over LC_MESSAGES, and LC_MESSAGES win over LANG, as POSIX does', () => {
    expect(chooseLanguage(node, { LC_ALL: 'tr_TR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('tr');
    expect(chooseLanguage(node, { LC_ALL: 'en_US.UTF-8', LANG: 'tr_TR.UTF-8' })).toBe('en');
    expect(chooseLanguage(node, { LC_MESSAGES: 'tr_TR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('tr');
    expect(chooseLanguage(node, { LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'tr_TR.UTF-8' })).toBe('en');
  });

  test('speaks english under the C locale, even when LANG underneath it is turkish', () => {
    expect(chooseLanguage(node, { LANG: 'C.UTF-8' })).toBe('en');
    expect(chooseLanguage(node, { LC_ALL: 'C.UTF-8', LANG: 'tr_TR.UTF-8' })).toBe('en');
    expect(chooseLanguage(node, { LC_ALL: 'POSIX' })).toBe('en');
  });

  test('skips an empty locale variable, as POSIX does', () => {
    expect(chooseLanguage(node, { LC_ALL: '', LANG: 'tr_TR.UTF-8' })).toBe('tr');
  });

  test('falls back to the next choice when a value names a language it does not speak', () => {
    expect(chooseLanguage([...node, '--lang', 'fr'], { WORKBOOK_LANG: 'tr' })).toBe('tr');
    expect(chooseLanguage([...node, '--lang=turkish'], { LANG: 'tr_TR.UTF-8' })).toBe('tr');
    expect(chooseLanguage(node, { WORKBOOK_LANG: 'de', LANG: 'tr_TR.UTF-8' })).toBe('tr');
    expect(chooseLanguage(node, { WORKBOOK_LANG: 'trk' })).toBe('en');
    expect(chooseLanguage(node, { LANG: 'fr_FR.UTF-8' })).toBe('en');
  });

  test('falls back when --lang is given without a value', () => {
    expect(chooseLanguage([...node, '--lang'], { WORKBOOK_LANG: 'tr' })).toBe('tr');
    expect(chooseLanguage([...node, '--lang='], {})).toBe('en');
  });
});
