import { localized } from '../../shared/i18n/localized.ts';
import { inEnglish, inTurkish } from '../../shared/i18n/numbers.ts';

const en = {
  crashed: (request: string, how: string) => `Your server ${how} while answering ${request}.`,
  crashedHint:
    'Its last output is below: the first error line names the file and the line where it failed.',
  silent: (request: string, seconds: number) =>
    `Your server sent no answer to ${request} within ${inEnglish.seconds(seconds)}.`,
  silentHint:
    'Check that every request gets its response written and its connection ended, even while other requests are being served. A timer or a job that never finishes leaves the client waiting.',
  closedSilently: (request: string) =>
    `Your server closed the connection after ${request} without sending a response.`,
  notFound: (request: string) => `Your server answered ${request} with 404 Not Found.`,
  notFoundHint: (path: string) =>
    `Add a route for ${path} next to the one for /: it answers with hello.html, like GET /.`,
  wrongPage: (request: string, page: string) =>
    `Your server's answer to ${request} is not a 200 response carrying ${page}.`,
  wrongPageHint: (page: string) =>
    `Answer with the status line HTTP/1.1 200 OK, the headers, the empty line, and the bytes of ${page} as the body, as in step 4.`,
};

const tr: typeof en = {
  crashed: (request: string, how: string) => `Sunucunuz ${request} isteğini yanıtlarken ${how}.`,
  crashedHint: 'Son çıktısı aşağıda: ilk hata satırı, hatanın çıktığı dosyayı ve satırı söyler.',
  silent: (request: string, seconds: number) =>
    `Sunucunuz ${inTurkish.seconds(seconds)} içinde ${request} isteğine hiçbir yanıt göndermedi.`,
  silentHint:
    'Başka istekler işlenirken bile her isteğin yanıtının yazıldığını ve bağlantısının bitirildiğini kontrol edin. Hiç bitmeyen bir zamanlayıcı ya da iş, istemciyi bekletip durur.',
  closedSilently: (request: string) =>
    `Sunucunuz ${request} isteğinden sonra yanıt göndermeden bağlantıyı kapattı.`,
  notFound: (request: string) => `Sunucunuz ${request} isteğini 404 Not Found ile yanıtladı.`,
  notFoundHint: (path: string) =>
    `/ yolunun yanına ${path} için de bir yol (route) ekleyin: GET / gibi o da hello.html ile yanıt verir.`,
  wrongPage: (request: string, page: string) =>
    `Sunucunuzun ${request} isteğine verdiği yanıt, ${page} taşıyan bir 200 yanıtı değil.`,
  wrongPageHint: (page: string) =>
    `4. adımdaki gibi yanıt verin: HTTP/1.1 200 OK durum satırı, başlıklar, boş satır ve gövde olarak ${page} dosyasının baytları.`,
};

export const m = localized({ en, tr });
