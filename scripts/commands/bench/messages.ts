import { localized } from '../../shared/i18n/localized.ts';
import { ablative } from '../../shared/i18n/turkish-suffixes.ts';
import { inEnglish, inTurkish } from '../../shared/i18n/numbers.ts';

const en = {
  usage: [
    'Usage: npm run bench [-- options]',
    '',
    'Measures, side by side in one run, the step 5 solution (one thread), the step 7 solution',
    "(the Rust book's pool of POOL_SIZE worker threads), the step 8 solution (the final server)",
    'and a node:http server with the same routes, then prints a table and writes the numbers',
    'as JSON. Every client opens a new connection for each request and every server closes it,',
    'as in the Rust book.',
    '',
    'Options:',
    '  --target <folder>   also measure your own step folder (step 5 or later: a server.ts that',
    '                      reads PORT, HOST, SLEEP_MS and, from step 6 on, POOL_SIZE)',
    '  --duration <s>      seconds per GET / measurement (default 2)',
    '  --rounds <n>        GET / measurements per server, taken in turns (default 3)',
    '  --connections <n>   clients sending GET / at once (default 50)',
    '  --pool-size <n>     POOL_SIZE for the servers with a pool (default 4)',
    '  --sleep-ms <ms>     SLEEP_MS: how long /sleep blocks (default 500)',
    '  --load <tool>       wrk, node, or auto: wrk when installed (default auto)',
    '  --json <file>       where to write the JSON (default .workbook/bench/latest.json)',
    '  --lang tr           messages in Turkish (also WORKBOOK_LANG=tr)',
  ].join('\n'),
  stepServer: (step: number) => `step ${step}`,
  nodeLoad: (version: string) => `node ${version} (built in)`,
  noWrk: '--load wrk asks for wrk, which is not installed here (on Debian: apt-get install wrk).',
  starting: (name: string) => `starting ${name}…`,
  warmingUp: 'warming up every server for 1 s…',
  measuring: (name: string, round: number, rounds: number) =>
    `GET / under load: ${name}, round ${round} of ${rounds}…`,
  oneAtATime: (name: string) => `GET / one request at a time: ${name}…`,
  sleeping: (name: string, concurrent: number) => `/sleep × ${concurrent} at once: ${name}…`,
  table: {
    load: (generator: string, connections: number, rounds: number, seconds: number) =>
      `GET /, a new connection per request, ${connections} clients (${generator}); median of ${rounds} rounds of ${inEnglish.seconds(seconds)}`,
    machine: (cpus: number, load: number) =>
      `${cpus} CPUs; load average ${inEnglish.fixed(load, 1)} when the run began (above ${cpus}, other programs were competing for them).`,
    requestsPerSecond: 'requests/s',
    latency: 'latency p50 / p99 (ms)',
    againstBaseline: 'against node:http',
    errors: 'failed requests',
    oneAtATime: 'GET /, one request at a time',
    latencyMedian: 'latency p50 (ms)',
    sleep: (ms: number) =>
      `/sleep (${inEnglish.milliseconds(ms)} each) sent at once: wall time (ideal)`,
    atOnce: (count: number) => `${count} at once`,
    threads: 'runs /sleep',
    threadCount: (threads: number) => (threads === 1 ? 'one at a time' : `${threads} at a time`),
    failed: (count: number) => `${count} not answered with 200`,
    stopped: (name: string, how: string) => `${name} stopped during the benchmark: it ${how}.`,
    notStarted: (name: string, why: string) => `${name} could not be measured: ${why}`,
  },
  poolCost: (oneAtATimeUs: number, underLoadUs: number) =>
    `The pool's cost per GET /: ${inEnglish.number(oneAtATimeUs)} µs of latency one request at a time, ${inEnglish.number(underLoadUs)} µs of server time per request under load (step 7 against step 5).`,
  yours: (server: string, ratio: number) =>
    `Your server, ${server}: ${inEnglish.times(ratio)} node:http's GET / throughput.`,
  target: (server: string, ratio: number, met: boolean) =>
    `Target (the final server, ${server}: GET / throughput at least node:http's): ${inEnglish.times(ratio)} — ${met ? 'met' : 'NOT met'}.`,
  written: (file: string) => `Numbers written to ${file}`,
};

const tr: typeof en = {
  usage: [
    'Kullanım: npm run bench [-- seçenekler]',
    '',
    'Tek bir çalıştırmada, yan yana, 5. adımın çözümünü (tek iş parçacığı), 7. adımın çözümünü',
    '(Rust kitabının POOL_SIZE iş parçacığından oluşan havuzu), 8. adımın çözümünü (son sunucu)',
    've aynı yolları sunan bir node:http sunucusunu ölçer; bir tablo yazdırır ve sayıları JSON',
    'olarak kaydeder. Rust kitabındaki gibi her istemci her istek için yeni bir bağlantı açar',
    've her sunucu onu kapatır.',
    '',
    'Seçenekler:',
    '  --target <klasör>   kendi adım klasörünüzü de ölçer (5. adım ya da sonrası: PORT, HOST,',
    '                      SLEEP_MS ve 6. adımdan itibaren POOL_SIZE okuyan bir server.ts)',
    '  --duration <sn>     her GET / ölçümünün saniyesi (varsayılan 2)',
    '  --rounds <n>        sunucu başına, sırayla alınan GET / ölçümü sayısı (varsayılan 3)',
    '  --connections <n>   aynı anda GET / gönderen istemci sayısı (varsayılan 50)',
    '  --pool-size <n>     havuzlu sunucular için POOL_SIZE (varsayılan 4)',
    '  --sleep-ms <ms>     SLEEP_MS: /sleep ne kadar süre engeller (varsayılan 500)',
    '  --load <araç>       wrk, node ya da auto: kuruluysa wrk (varsayılan auto)',
    '  --json <dosya>      JSON’un yazılacağı yer (varsayılan .workbook/bench/latest.json)',
    '  --lang en           mesajlar İngilizce (ya da WORKBOOK_LANG=en)',
  ].join('\n'),
  stepServer: (step: number) => `${step}. adım`,
  nodeLoad: (version: string) => `node ${version} (yerleşik)`,
  noWrk: '--load wrk için wrk gerekiyor, ama burada kurulu değil (Debian’da: apt-get install wrk).',
  starting: (name: string) => `${name} başlatılıyor…`,
  warmingUp: 'her sunucu 1 sn ısıtılıyor…',
  measuring: (name: string, round: number, rounds: number) =>
    `yük altında GET /: ${name}, tur ${round}/${rounds}…`,
  oneAtATime: (name: string) => `tek tek GET /: ${name}…`,
  sleeping: (name: string, concurrent: number) => `aynı anda ${concurrent} /sleep: ${name}…`,
  table: {
    load: (generator: string, connections: number, rounds: number, seconds: number) =>
      `GET /, her istek için yeni bağlantı, ${connections} istemci (${generator}); ${rounds} turun ortancası, tur başına ${inTurkish.seconds(seconds)}`,
    machine: (cpus: number, load: number) =>
      `${cpus} işlemci; ölçüm başladığında yük ortalaması ${inTurkish.fixed(load, 1)} (${ablative(cpus)} yüksekse işlemciler için başka programlar da yarışıyordu).`,
    requestsPerSecond: 'istek/sn',
    latency: 'gecikme p50 / p99 (ms)',
    againstBaseline: "node:http'ye göre",
    errors: 'başarısız istek',
    oneAtATime: 'GET /, tek tek istek',
    latencyMedian: 'gecikme p50 (ms)',
    sleep: (ms: number) =>
      `aynı anda gönderilen /sleep (her biri ${inTurkish.milliseconds(ms)}): toplam süre (ideal)`,
    atOnce: (count: number) => `aynı anda ${count} istek`,
    threads: '/sleep istekleri',
    threadCount: (threads: number) => (threads === 1 ? 'tek tek' : `aynı anda ${threads}`),
    failed: (count: number) => `${count} istek 200 almadı`,
    stopped: (name: string, how: string) => `${name} ölçüm sırasında durdu: ${how}.`,
    notStarted: (name: string, why: string) => `${name} ölçülemedi: ${why}`,
  },
  poolCost: (oneAtATimeUs: number, underLoadUs: number) =>
    `Havuzun GET / başına maliyeti: tek tek isteklerde ${inTurkish.number(oneAtATimeUs)} µs gecikme, yük altında istek başına ${inTurkish.number(underLoadUs)} µs sunucu zamanı (7. adım, 5. adıma göre).`,
  yours: (server: string, ratio: number) =>
    `Sunucunuz (${server}): GET / iş hacmi node:http'ninkinin ${inTurkish.fixed(ratio, 2)} katı.`,
  target: (server: string, ratio: number, met: boolean) =>
    `Hedef, son sunucunun (${server}) GET / iş hacminin en az node:http'ninki kadar olması: ${inTurkish.times(ratio)} — ${met ? 'ulaşıldı' : 'ULAŞILAMADI'}.`,
  written: (file: string) => `Sayılar ${file} dosyasına yazıldı`,
};

export const m = localized({ en, tr });
