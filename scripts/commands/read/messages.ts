import { localized } from '../../shared/i18n/localized.ts';

const en = {
  usage: () =>
    [
      'Usage: npm run read <number|name> [-- --lang tr]',
      '',
      "Shows a step's instructions in the terminal: headings, lists, code, links with their",
      'addresses. The hints stay folded; `npm run step <n> -- --hint` shows them one at a time.',
      'Colours are used in a terminal; the text is plain when piped or when NO_COLOR is set, so',
      '`npm run read 3 | less` pages through it.',
    ].join('\n'),
  footer: (step: number, files: string) =>
    `Your files for this step: ${files}. Check them with \`npm run step ${step}\`, or keep \`npm run step ${step} -- --watch\` open while you work.`,
};

const tr: typeof en = {
  usage: () =>
    [
      'Kullanım: npm run read <numara|ad> [-- --lang en]',
      '',
      'Bir adımın yönergelerini terminalde gösterir: başlıklar, listeler, kod, adresleriyle',
      'birlikte linkler. İpuçları kapalı kalır; `npm run step <n> -- --hint` onları birer birer gösterir.',
      'Terminalde renkler kullanılır; çıktı bir boruya (pipe) gittiğinde ya da NO_COLOR',
      'tanımlıyken metin düzdür, bu yüzden `npm run read 3 | less` ile sayfa sayfa okunabilir.',
    ].join('\n'),
  footer: (step: number, files: string) =>
    `Bu adımdaki dosyalarınız: ${files}. Onları \`npm run step ${step}\` ile kontrol edin ya da çalışırken \`npm run step ${step} -- --watch\` açık kalsın.`,
};

export const m = localized({ en, tr });
