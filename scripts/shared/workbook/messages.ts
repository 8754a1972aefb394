import { localized } from '../i18n/localized.ts';

const en = {
  damaged: (reason: string) =>
    `Your progress file could not be read (${reason}); it was kept as .workbook/progress.json.damaged and a fresh one started.`,
};

const tr: typeof en = {
  damaged: (reason: string) =>
    `İlerleme dosyanız okunamadı (${reason}); .workbook/progress.json.damaged olarak saklandı ve yenisi başlatıldı.`,
};

export const m = localized({ en, tr });
