import { localized } from '../../../shared/i18n/localized.ts';

const en = {
  hint: (number: number, count: number) => `Hint ${number} of ${count}`,
  none: (step: number) =>
    `Step ${step} has no hints. Its instructions say what to do: \`npm run read ${step}\`.`,
  more: (step: number) => `Still stuck? \`npm run step ${step} -- --hint\` shows the next one.`,
  last: (step: number) =>
    `That was the last hint. Read the instructions again with \`npm run read ${step}\`, and let the checks' messages guide you.`,
  hidden: (step: number, count: number) =>
    `This step has ${count} hints, shown one at a time: \`npm run step ${step} -- --hint\`.`,
};

const tr: typeof en = {
  hint: (number: number, count: number) => `İpucu ${number} / ${count}`,
  none: (step: number) =>
    `Adım ${step} için ipucu yok. Ne yapılacağını yönergeleri söylüyor: \`npm run read ${step}\`.`,
  more: (step: number) =>
    `Hâlâ takıldınız mı? \`npm run step ${step} -- --hint\` sıradakini gösterir.`,
  last: (step: number) =>
    `Bu son ipucuydu. Yönergeleri \`npm run read ${step}\` ile yeniden okuyun ve kontrollerin mesajlarını izleyin.`,
  hidden: (step: number, count: number) =>
    `Bu adımın ${count} ipucu var, her seferinde biri gösterilir: \`npm run step ${step} -- --hint\`.`,
};

export const m = localized({ en, tr });
