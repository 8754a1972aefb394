import { localized } from '../shared/i18n/localized.ts';

const en = {
  stepUsage: (slugs: string[]) =>
    [
      'Usage: npm run step <number|name> [-- options]',
      '',
      "Runs one step's checks against your files and tells you what to do next. TypeScript's",
      'errors in your files, if any, follow the report.',
      '',
      'Options:',
      "  --watch      re-run on every save of the step's files; Enter re-runs, h shows a hint,",
      '               q quits',
      '  --hint       show the next hint of the step, with those you have already seen',
      '  --solution   check the reference solution instead of your files',
      '  --lang tr    messages in Turkish (also WORKBOOK_LANG=tr)',
      '',
      `Steps: ${slugs.join(', ')}`,
    ].join('\n'),
  noSuchStep: (query: string, slugs: string[]) =>
    `There is no step "${query}". The steps are: ${slugs.join(', ')}.`,
  unexpected: (words: string) => `This command takes no step or other words: ${words}`,
  unknownOption: (option: string) => `This command has no option ${option}.`,
  badOption: (option: string) => `The option ${option} is not used that way.`,
  needsValue: (option: string) => `The option ${option} needs a value after it.`,
  notAtLeast: (option: string, value: string, min: number) =>
    `--${option} takes a whole number of at least ${min}, not "${value}".`,
  notBetween: (option: string, value: string, min: number, max: number) =>
    `--${option} takes a whole number from ${min} to ${max}, not "${value}".`,
  notOneOf: (option: string, value: string, choices: readonly string[]) =>
    `--${option} takes one of ${choices.join(', ')}, not "${value}".`,
};

const tr: typeof en = {
  stepUsage: (slugs: string[]) =>
    [
      'Kullanım: npm run step <numara|ad> [-- seçenekler]',
      '',
      'Bir adımın kontrollerini dosyalarınız üzerinde çalıştırır ve sırada ne yapacağınızı söyler.',
      'Dosyalarınızda TypeScript hataları varsa rapordan sonra gösterilir.',
      '',
      'Seçenekler:',
      '  --watch      adımın dosyaları her kaydedildiğinde yeniden çalıştırır; Enter yeniden',
      '               çalıştırır, h bir ipucu gösterir, q çıkar',
      '  --hint       adımın sıradaki ipucunu, daha önce gördükleriniz ile birlikte gösterir',
      '  --solution   dosyalarınız yerine örnek çözümü kontrol eder',
      '  --lang en    mesajlar İngilizce (ya da WORKBOOK_LANG=en)',
      '',
      `Adımlar: ${slugs.join(', ')}`,
    ].join('\n'),
  noSuchStep: (query: string, slugs: string[]) =>
    `"${query}" diye bir adım yok. Adımlar: ${slugs.join(', ')}.`,
  unexpected: (words: string) => `Bu komut adım ya da başka bir sözcük almaz: ${words}`,
  unknownOption: (option: string) => `Bu komutun ${option} diye bir seçeneği yok.`,
  badOption: (option: string) => `${option} seçeneği bu şekilde kullanılmaz.`,
  needsValue: (option: string) => `${option} seçeneğinden sonra bir değer gerekir.`,
  notAtLeast: (option: string, value: string, min: number) =>
    `--${option} en az ${min} olan bir tam sayı bekler, "${value}" değil.`,
  notBetween: (option: string, value: string, min: number, max: number) =>
    `--${option} ${min} ile ${max} arasında bir tam sayı bekler, "${value}" değil.`,
  notOneOf: (option: string, value: string, choices: readonly string[]) =>
    `--${option} şunlardan birini bekler: ${choices.join(', ')}; "${value}" değil.`,
};

export const cliMessages = localized({ en, tr });
