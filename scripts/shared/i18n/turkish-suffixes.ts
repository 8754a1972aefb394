/**
 * Case endings after a number or a name in Turkish, as it is read aloud: "6'ya", "10'a", "3'te",
 * "8'den", "Host'a", "TCP'ye". The ending follows the last vowel that is heard (vowel harmony), a
 * buffer consonant after a final vowel, and d/t after a voiced or voiceless final sound.
 */

export type TurkishCase =
  'dative' | 'locative' | 'ablative' | 'genitive' | 'accusative' | 'possessive';

const ones = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
const tens = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'];
// Every group of three digits above the hundreds is read with the name of its power of a thousand.
const thousands = ['bin', 'milyon', 'milyar', 'trilyon'];

// How abbreviations a learner sees after a number are read: "12 ms'de" is "on iki milisaniyede".
const spokenUnits: Record<string, string> = { ms: 'milisaniye', sn: 'saniye', µs: 'mikrosaniye' };
// Letters as they are named, for acronyms read letter by letter: TCP is "te ce pe".
const letterNames: Record<string, string> = {
  b: 'be',
  c: 'ce',
  ç: 'çe',
  d: 'de',
  f: 'fe',
  g: 'ge',
  ğ: 'yumuşak ge',
  h: 'he',
  j: 'je',
  k: 'ke',
  l: 'le',
  m: 'me',
  n: 'ne',
  p: 'pe',
  q: 'kü',
  r: 're',
  s: 'se',
  ş: 'şe',
  t: 'te',
  v: 've',
  w: 've',
  x: 'iks',
  y: 'ye',
  z: 'ze',
};

/** The last word heard when the digits are read: 16 is "on altı", 40 is "kırk", 3000 is "üç bin". */
function lastWordOfNumber(digits: string): string {
  const reversed = [...digits.replace(/^0+(?=\d)/, '')].reverse().map(Number);
  const at = reversed.findIndex((digit) => digit !== 0);
  if (at === -1) return 'sıfır';
  if (at === 0) return ones[reversed[0]!]!;
  if (at === 1) return tens[reversed[1]!]!;
  if (at === 2) return 'yüz';
  return thousands[Math.floor(at / 3) - 1] ?? 'trilyon';
}

/** The sounds a value ends with when read aloud in Turkish. */
function spoken(value: string): string {
  const text = value.trim();
  const unit = /\s(ms|sn|µs)$/.exec(text)?.[1];
  if (unit) return spokenUnits[unit]!;
  // 3.233 groups thousands, 1,5 is "bir virgül beş": the digits after the comma are read last.
  const number = /(\d[\d.]*)(?:,(\d+))?$/.exec(text);
  if (number) return lastWordOfNumber(number[2] ?? number[1]!.replaceAll('.', ''));
  const word = /[\p{L}]+$/u.exec(text.replace(/[^\p{L}\d]+$/u, ''))?.[0] ?? text;
  const lower = word.toLocaleLowerCase('tr');
  // A word without a vowel cannot be said as a word, so it is spelled: http, ts, TCP.
  const spelled = !/[aeıioöuü]/.test(lower);
  return spelled ? [...lower].map((letter) => letterNames[letter] ?? letter).join('') : lower;
}

const backVowels = 'aıou';
const roundedVowels = 'oöuü';

function harmony(sounds: string) {
  const vowel = [...sounds].reverse().find((letter) => 'aeıioöuü'.includes(letter)) ?? 'e';
  const back = backVowels.includes(vowel);
  const rounded = roundedVowels.includes(vowel);
  return {
    twoWay: back ? 'a' : 'e',
    fourWay: back ? (rounded ? 'u' : 'ı') : rounded ? 'ü' : 'i',
    endsInVowel: 'aeıioöuü'.includes(sounds.at(-1) ?? ''),
    voiceless: 'fstkçşhp'.includes(sounds.at(-1) ?? ''),
  };
}

/**
 * The ending alone, without the apostrophe: `suffix('6', 'dative')` is `ya`. A name that is not
 * read as it is written gives how it is said: `suffix('POOL_SIZE', 'dative', 'sayz')` is `a`.
 */
export function suffix(
  value: string | number,
  grammaticalCase: TurkishCase,
  saidAs = spoken(String(value)),
): string {
  const { twoWay, fourWay, endsInVowel, voiceless } = harmony(saidAs);
  const d = voiceless ? 't' : 'd';
  switch (grammaticalCase) {
    case 'dative':
      return `${endsInVowel ? 'y' : ''}${twoWay}`;
    case 'locative':
      return `${d}${twoWay}`;
    case 'ablative':
      return `${d}${twoWay}n`;
    case 'genitive':
      return `${endsInVowel ? 'n' : ''}${fourWay}n`;
    case 'accusative':
      return `${endsInVowel ? 'y' : ''}${fourWay}`;
    case 'possessive':
      return `${endsInVowel ? 's' : ''}${fourWay}`;
  }
}

const withSuffix = (grammaticalCase: TurkishCase) => (value: string | number, saidAs?: string) =>
  `${value}'${suffix(value, grammaticalCase, saidAs)}`;

/** "6'ya", "10'a", "Host'a": to, towards. */
export const dative = withSuffix('dative');
/** "3'te", "8'de", "12 ms'de": at, in. */
export const locative = withSuffix('locative');
/** "0'dan", "5'ten": from, than. */
export const ablative = withSuffix('ablative');
/** "6'nın", "4'ün": of. */
export const genitive = withSuffix('genitive');
/** "2'yi", "5'i": the object of a verb. */
export const accusative = withSuffix('accusative');
/** "8 kontrolün 2'si", "3'ü": so many of a whole. */
export const possessive = withSuffix('possessive');
