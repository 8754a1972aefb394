export type Language = 'en' | 'tr';

export const languages: readonly Language[] = ['en', 'tr'];

function asLanguage(value: string | undefined): Language | undefined {
  const code = value?.trim().slice(0, 2).toLowerCase();
  return languages.find((language) => language === code);
}

/**
 * The language a learner asked for: `--lang tr|en` first, then WORKBOOK_LANG, then a locale
 * (LC_ALL, LANG) that starts with a language we speak; English otherwise.
 */
export function chooseLanguage(
  argv: readonly string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env,
): Language {
  const flag = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const fromFlag = flag === -1 ? undefined : (argv[flag]!.split('=')[1] ?? argv[flag + 1]);
  return (
    asLanguage(fromFlag) ??
    asLanguage(env.WORKBOOK_LANG) ??
    asLanguage(env.LC_ALL) ??
    asLanguage(env.LANG) ??
    'en'
  );
}

export const language: Language = chooseLanguage();
