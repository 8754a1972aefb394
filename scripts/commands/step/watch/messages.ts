import { localized } from '../../../shared/i18n/localized.ts';

const en = {
  waiting: (folder: string) =>
    `Watching ${folder} · save to re-run · Enter re-runs · h shows a hint · q quits`,
  stopped: 'Watch mode stopped.',
};

const tr: typeof en = {
  waiting: (folder: string) =>
    `${folder} izleniyor · kaydedince yeniden çalışır · Enter yeniden çalıştırır · h ipucu gösterir · q çıkar`,
  stopped: 'İzleme modu durdu.',
};

export const m = localized({ en, tr });
