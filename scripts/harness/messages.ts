import { localized } from '../shared/i18n/localized.ts';
import { inEnglish, inTurkish } from '../shared/i18n/numbers.ts';

const en = {
  /** The parts of a failure, as the learner's report and the grading reports name them. */
  parts: { expected: 'Expected', received: 'Received', next: 'What to check next' },
  todo: (todo: string) => `The starter's placeholder is still there: ${todo}`,
  todoAt: (todo: string, file: string, line: string) =>
    `The starter's placeholder is still there, in ${file}, line ${line}: ${todo}`,
  todoHint:
    'Open that file, read the TODO comment above the placeholder, and replace both with your code.',
  exitedBeforeListening: (how: string) => `Your server ${how} before it started listening.`,
  exitedHint: 'Its last output is below: the first error line usually names the file and line.',
  endedQuietlyHint:
    'It printed nothing and reported no error: it reached the end of server.ts with nothing left to wait for. A server keeps running once it listens, so check that server.ts calls server.listen(port, host).',
  neverListened: (address: string, seconds: number) =>
    `Your server did not start listening on ${address} within ${inEnglish.seconds(seconds)}.`,
  neverListenedHint:
    'Check that server.ts calls listen() with the port and host read from process.env.PORT and process.env.HOST, and that nothing before it loops forever or waits.',
  wrongPort: (expected: number, actual: string) =>
    `Your server listened on ${actual}, but this check gave it PORT=${expected}.`,
  wrongPortHint:
    'Read the port from process.env.PORT (7878 only when it is not set); the checks run each server on a free port of its own.',
  exitedWithCode: (code: number) => `exited with code ${code}`,
  killedBySignal: (signal: string) => `was ended by ${signal}`,
  flooded: (megabytes: number) => `was stopped after printing more than ${megabytes} MB`,
  stillRunning: 'is still running',
  refused: (address: string, how: string) =>
    `The connection to ${address} was refused: your server ${how}.`,
  refusedHint: 'A server that crashes on one connection refuses the next: see its output below.',
  moduleFailed: (file: string, error: string) => `${file} could not be loaded: ${error}`,
  moduleFailedHint:
    'Run `npx tsc --noEmit` to see syntax and type errors with their line numbers, and make sure the file does not throw when it is imported.',
  forbiddenImport: (found: string) => `Your files use a ready-made HTTP server: ${found}.`,
  forbiddenImportHint:
    'This workbook builds HTTP by hand on a plain TCP socket, so that you see every byte: use node:net only, and write the request parsing and the response yourself.',
};

const tr: typeof en = {
  parts: { expected: 'Beklenen', received: 'Gelen', next: 'Sırada neye bakmalı' },
  todo: (todo: string) => `Başlangıç dosyasındaki yer tutucu hâlâ duruyor: ${todo}`,
  todoAt: (todo: string, file: string, line: string) =>
    `Başlangıç dosyasındaki yer tutucu hâlâ duruyor: ${file}, ${line}. satır: ${todo}`,
  todoHint:
    'O dosyayı açın, yer tutucunun üstündeki TODO yorumunu okuyun ve ikisini de kendi kodunuzla değiştirin.',
  exitedBeforeListening: (how: string) => `Sunucunuz dinlemeye başlamadan önce ${how}.`,
  exitedHint: 'Son çıktısı aşağıda: ilk hata satırı genellikle dosyayı ve satırı söyler.',
  endedQuietlyHint:
    'Hiçbir şey yazdırmadı ve hata da bildirmedi: server.ts dosyasının sonuna ulaştı ve bekleyecek bir şeyi kalmadı. Dinlemeye başlayan bir sunucu çalışmayı sürdürür; server.ts dosyasının server.listen(port, host) çağırdığını kontrol edin.',
  neverListened: (address: string, seconds: number) =>
    `Sunucunuz ${inTurkish.seconds(seconds)} içinde ${address} adresini dinlemeye başlamadı.`,
  neverListenedHint:
    "server.ts dosyasının listen() çağrısını process.env.PORT ve process.env.HOST'tan okunan port ve adresle yaptığını, ondan önce sonsuz döngüye girip beklemediğini kontrol edin.",
  wrongPort: (expected: number, actual: string) =>
    `Sunucunuz ${actual} adresini dinledi, oysa bu kontrol ona PORT=${expected} verdi.`,
  wrongPortHint:
    "Portu process.env.PORT'tan okuyun (yalnızca tanımlı değilse 7878); kontroller her sunucuyu kendine ait boş bir portta çalıştırır.",
  exitedWithCode: (code: number) => `${code} koduyla sonlandı`,
  killedBySignal: (signal: string) => `${signal} sinyaliyle sonlandırıldı`,
  flooded: (megabytes: number) => `${megabytes} MB'tan fazla çıktı yazdığı için durduruldu`,
  stillRunning: 'hâlâ çalışıyor',
  refused: (address: string, how: string) =>
    `${address} adresine bağlantı reddedildi: sunucunuz ${how}.`,
  refusedHint: 'Bir bağlantıda çöken sunucu sonrakini reddeder: çıktısına aşağıdan bakın.',
  moduleFailed: (file: string, error: string) => `${file} yüklenemedi: ${error}`,
  moduleFailedHint:
    '`npx tsc --noEmit` çalıştırarak sözdizimi ve tür hatalarını satır numaralarıyla görün; dosyanın içe aktarılırken (import) hata fırlatmadığından emin olun.',
  forbiddenImport: (found: string) => `Dosyalarınız hazır bir HTTP sunucusu kullanıyor: ${found}.`,
  forbiddenImportHint:
    "Bu çalışma kitabında HTTP'yi her baytı görebilmeniz için düz bir TCP soketi üzerinde elle kuruyoruz: yalnızca node:net kullanın, isteği ayrıştırmayı ve yanıtı kendiniz yazın.",
};

export const m = localized({ en, tr });
