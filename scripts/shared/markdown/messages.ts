import { localized } from '../i18n/localized.ts';

const en = {
  alerts: {
    NOTE: 'Note',
    TIP: 'Tip',
    IMPORTANT: 'Important',
    WARNING: 'Warning',
    CAUTION: 'Caution',
  } as Record<string, string>,
};

const tr: typeof en = {
  alerts: {
    NOTE: 'Not',
    TIP: 'İpucu',
    IMPORTANT: 'Önemli',
    WARNING: 'Uyarı',
    CAUTION: 'Dikkat',
  },
};

export const m = localized({ en, tr });
