import { language, type Language } from './language.ts';

/** How a number reads in one language: `3,233` and `1.5 s` in English, `3.233` and `1,5 sn` in Turkish. */
export interface NumberFormat {
  /** Grouped, with up to `fractionDigits` decimals (none by default): `3,233` / `3.233`. */
  number(value: number, fractionDigits?: number): string;
  /** Grouped, with exactly `fractionDigits` decimals, so a column of them lines up: `1.50` / `1,50`. */
  fixed(value: number, fractionDigits: number): string;
  /** A duration given in seconds: `1.5 s` / `1,5 sn`; `fractionDigits` fixes the decimals. */
  seconds(value: number, fractionDigits?: number): string;
  /** A duration given in milliseconds: `12 ms`; `fractionDigits` fixes the decimals. */
  milliseconds(value: number, fractionDigits?: number): string;
  /** How many times another quantity: `1.52×` / `1,52 kat`. */
  times(value: number): string;
}

const locales: Record<Language, string> = { en: 'en-US', tr: 'tr-TR' };
const secondUnit: Record<Language, string> = { en: 's', tr: 'sn' };

// A value that was never measured (a server that answered nothing) reads as a dash, not NaN.
const missing = '–';

function formatFor(chosen: Language): NumberFormat {
  const locale = locales[chosen];
  const upTo = (value: number, digits: number) =>
    Number.isFinite(value)
      ? new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)
      : missing;
  const fixed = (value: number, digits: number) =>
    Number.isFinite(value)
      ? new Intl.NumberFormat(locale, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(value)
      : missing;
  const withUnit = (text: string, unit: string) => (text === missing ? missing : `${text} ${unit}`);
  const amount = (value: number, digits: number | undefined) =>
    digits === undefined ? upTo(value, 2) : fixed(value, digits);
  return {
    number: (value, fractionDigits = 0) => upTo(value, fractionDigits),
    fixed,
    seconds: (value, fractionDigits) => withUnit(amount(value, fractionDigits), secondUnit[chosen]),
    milliseconds: (value, fractionDigits) => withUnit(amount(value, fractionDigits), 'ms'),
    times: (value) => {
      const text = fixed(value, 2);
      if (text === missing) return missing;
      return chosen === 'tr' ? `${text} kat` : `${text}×`;
    },
  };
}

/** Both languages' formats, for message tables that write one language each. */
export const numberFormats: Record<Language, NumberFormat> = {
  en: formatFor('en'),
  tr: formatFor('tr'),
};

/** For English message tables. */
export const inEnglish = numberFormats.en;
/** For Turkish message tables. */
export const inTurkish = numberFormats.tr;

/** The learner's language's format, for output built outside a message table. */
export const numbers: NumberFormat = numberFormats[language];
