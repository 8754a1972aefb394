import { localized } from '../i18n/localized.ts';

const en = {
  stepUsage: (slugs: string[]) =>
    [
      'Usage: npm run step <number|name> [-- options]',
      '',
      "Runs one step's checks against your files and tells you what to do next.",
      '',
      'Options:',
      '  --solution   check the reference solution instead of your files',
      '  --lang tr    messages in Turkish (also WORKBOOK_LANG=tr)',
      '',
      `Steps: ${slugs.join(', ')}`,
    ].join('\n'),
};

const tr: typeof en = {
  stepUsage: (slugs: string[]) =>
    [
      'Kullanım: npm run step <numara|ad> [-- seçenekler]',
      '',
      'Bir adımın kontrollerini dosyalarınız üzerinde çalıştırır ve sırada ne yapacağınızı söyler.',
      '',
      'Seçenekler:',
      '  --solution   dosyalarınız yerine örnek çözümü kontrol eder',
      '  --lang en    mesajlar İngilizce (ya da WORKBOOK_LANG=en)',
      '',
      `Adımlar: ${slugs.join(', ')}`,
    ].join('\n'),
};

export const cliMessages = localized({ en, tr });
