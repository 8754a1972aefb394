import { localized } from '../../shared/i18n/localized.ts';
import { inEnglish, inTurkish } from '../../shared/i18n/numbers.ts';

const en = {
  usage: () =>
    [
      'Usage: npm run timeline <number|name> [-- options]',
      '',
      "Starts a step's server, sends it a small burst (three GET /sleep, then one GET /, a",
      'tenth of a second apart, each on its own connection) and draws one bar per request,',
      'from the moment it was sent to the moment it was answered. With one thread (step 5),',
      '/ waits behind the /sleep requests; with a pool of workers (step 6), it is answered',
      'at once.',
      '',
      'Options:',
      '  --solution        use the reference solution instead of your files',
      '  --sleep-ms <ms>   how long /sleep takes (SLEEP_MS; default 1000)',
      '  --pool-size <n>   how many workers the pool has (POOL_SIZE; default 4)',
      '  --lang tr         messages in Turkish (also WORKBOOK_LANG=tr)',
    ].join('\n'),
  tooEarly: (step: number, first: number) =>
    `Step ${step} has no /sleep route yet, so there is nothing slow to draw. The timeline starts at step ${first}: \`npm run timeline ${first}\`.`,
  firing: (count: number, sleepMs: number) =>
    `Sending ${count} requests to the server (SLEEP_MS=${sleepMs})…`,
  noAnswer: (why: string) => `no answer${why ? ` (${why})` : ''}`,
  slowInTurn: (count: number) =>
    `The ${count} /sleep requests were served one after another: each waited for the one before it.`,
  slowTogether: (count: number) => `The ${count} /sleep requests were served side by side.`,
  slowSomeWaited: (together: number, waited: number) =>
    `${together} /sleep requests were served side by side, and ${waited === 1 ? 'the next one' : `the next ${waited}`} waited until a thread was free: the pool has ${together} threads.`,
  quickWaited: (ms: number) =>
    `GET / waited ${inEnglish.seconds(ms / 1000, 1)}, though it needs no time at all: the thread was busy sleeping for the requests before it. This is the single-threaded server of step 5.`,
  quickAtOnce: (ms: number) =>
    `GET / was answered in ${inEnglish.milliseconds(ms, 0)} while the /sleep requests were still running: they did not hold the thread that answered it.`,
};

const tr: typeof en = {
  usage: () =>
    [
      'Kullanım: npm run timeline <numara|ad> [-- seçenekler]',
      '',
      'Bir adımın sunucusunu başlatır, ona küçük bir istek dalgası gönderir (saniyenin onda biri',
      'arayla, her biri kendi bağlantısında üç GET /sleep ve ardından bir GET /) ve her istek için',
      'gönderildiği andan yanıtlandığı ana kadar bir çubuk çizer. Tek iş parçacığıyla (adım 5) /',
      'isteği /sleep isteklerinin arkasında bekler; bir iş parçacığı havuzuyla (adım 6) hemen yanıtlanır.',
      '',
      'Seçenekler:',
      '  --solution        dosyalarınız yerine örnek çözümü kullanır',
      "  --sleep-ms <ms>   /sleep'in ne kadar sürdüğü (SLEEP_MS; varsayılan 1000)",
      '  --pool-size <n>   havuzdaki Worker sayısı (POOL_SIZE; varsayılan 4)',
      '  --lang en         mesajlar İngilizce (ya da WORKBOOK_LANG=en)',
    ].join('\n'),
  tooEarly: (step: number, first: number) =>
    `Adım ${step} içinde henüz bir /sleep yolu yok, bu yüzden çizilecek yavaş bir şey yok. Zaman çizelgesi adım ${first} ile başlar: \`npm run timeline ${first}\`.`,
  firing: (count: number, sleepMs: number) =>
    `Sunucuya ${count} istek gönderiliyor (SLEEP_MS=${sleepMs})…`,
  noAnswer: (why: string) => `yanıt yok${why ? ` (${why})` : ''}`,
  slowInTurn: (count: number) =>
    `${count} /sleep isteğine art arda hizmet verildi: her biri kendinden öncekini bekledi.`,
  slowTogether: (count: number) => `${count} /sleep isteğine aynı anda hizmet verildi.`,
  slowSomeWaited: (together: number, waited: number) =>
    `${together} /sleep isteğine aynı anda hizmet verildi; ${waited === 1 ? 'sonraki istek' : `sonraki ${waited} istek`} bir iş parçacığı boşalana kadar bekledi: havuzun ${together} iş parçacığı var.`,
  quickWaited: (ms: number) =>
    `GET / hiç zaman gerektirmediği hâlde ${inTurkish.seconds(ms / 1000, 1)} bekledi: iş parçacığı kendinden önceki istekler için uyumakla meşguldü. Bu, adım 5'in tek iş parçacıklı sunucusudur.`,
  quickAtOnce: (ms: number) =>
    `GET /, /sleep istekleri hâlâ sürerken ${inTurkish.milliseconds(ms, 0)} içinde yanıtlandı: o istekler, onu yanıtlayan iş parçacığını meşgul etmedi.`,
};

export const m = localized({ en, tr });
