export type Language = 'en' | 'tr';

export const languages: readonly Language[] = ['en', 'tr'];

/** Reads `tr`, `TR`, `tr-TR` or a locale such as `tr_TR.UTF-8`; `C.UTF-8` or `fr` speak neither. */
function asLanguage(value: string | undefined): Language | undefined {
  const code = /^([a-z]+)(?:[-_.@]|$)/i.exec(value?.trim() ?? '')?.[1]?.toLowerCase();
  return languages.find((language) => language === code);
}

function flagValue(argv: readonly string[]): string | undefined {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (at === -1) return undefined;
  return argv[at] === '--lang' ? argv[at + 1] : argv[at]!.slice('--lang='.length);
}

/**
 * The locale's language, as POSIX decides it for messages: the first of LC_ALL, LC_MESSAGES and
 * LANG that is set wins, so LC_ALL=C.UTF-8 means English even when LANG is Turkish.
 */
function localeValue(env: NodeJS.ProcessEnv): string | undefined {
  return [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (value) => value !== undefined && value !== '',
  );
}

/**
 * The language a learner asked for: `--lang tr|en` first, then WORKBOOK_LANG, then the locale;
 * English otherwise. A value we don't speak counts as not given, so the next choice decides.
 */
export function chooseLanguage(
  argv: readonly string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env,
): Language {
  return (
    asLanguage(flagValue(argv)) ??
    asLanguage(env.WORKBOOK_LANG) ??
    asLanguage(localeValue(env)) ??
    'en'
  );
}

export const language: Language = chooseLanguage();
