import { localized } from '../shared/i18n/localized.ts';

const en = {
  crashed: (path: string, how: string) =>
    `The checks made respond() throw, as a missing page or a bug would, and your server ${how} on GET ${path}.`,
  status: (path: string, statusLine: string) =>
    `The checks made respond() throw, as a missing page or a bug would, and your server answered GET ${path} with "${statusLine}".`,
  silent: (path: string) =>
    `The checks made respond() throw, as a missing page or a bug would, and your server closed GET ${path} without an answer.`,
  unsaid:
    'Your server answered 500 when respond() threw, but did not print the error: whoever runs it cannot tell what failed.',
};

const tr: typeof en = {
  crashed: (path: string, how: string) =>
    `Kontroller, eksik bir sayfanın ya da bir hatanın yapacağı gibi respond() fonksiyonunu hata fırlatır hâle getirdi; sunucunuz GET ${path} isteğinde ${how}.`,
  status: (path: string, statusLine: string) =>
    `Kontroller, eksik bir sayfanın ya da bir hatanın yapacağı gibi respond() fonksiyonunu hata fırlatır hâle getirdi; sunucunuz GET ${path} isteğine "${statusLine}" ile yanıt verdi.`,
  silent: (path: string) =>
    `Kontroller, eksik bir sayfanın ya da bir hatanın yapacağı gibi respond() fonksiyonunu hata fırlatır hâle getirdi; sunucunuz GET ${path} bağlantısını yanıt vermeden kapattı.`,
  unsaid:
    'respond() hata fırlattığında sunucunuz 500 ile yanıt verdi, ama hatayı yazmadı: sunucuyu çalıştıran, neyin başarısız olduğunu göremez.',
};

export const m = localized({ en, tr });
