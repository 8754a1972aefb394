import { localized } from '../../shared/i18n/localized.ts';
import { ablative } from '../../shared/i18n/turkish-suffixes.ts';
import { inEnglish, inTurkish } from '../../shared/i18n/numbers.ts';
import { keepAliveTargets, type Ratio, type Summary } from './summary.ts';

type Pools = NonNullable<Summary['pools']>;

const en = {
  usage: [
    'Usage: npm run bench [-- options]',
    '',
    'Measures, side by side in one run, the step 5 solution (one thread), the step 7 solution',
    "(the Rust book's pool of POOL_SIZE worker threads), the step 8 solution (the book's final",
    'server), the step 9 solution (the same, keeping connections open), the step 10 solution',
    '(the same on piscina) and a node:http server with the same routes, then prints a table and',
    'writes the numbers as JSON. GET / is measured twice: with a new connection for each',
    'request, as in the Rust book, and, for the servers that allow it, with connections kept',
    'open (keep-alive), as browsers use them.',
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
  measuring: (name: string, keepAlive: boolean, round: number, rounds: number) =>
    `GET / under load${keepAlive ? ', keep-alive' : ''}: ${name}, round ${round} of ${rounds}…`,
  oneAtATime: (name: string) => `GET / one request at a time: ${name}…`,
  sleeping: (name: string, concurrent: number) => `/sleep × ${concurrent} at once: ${name}…`,
  table: {
    load: (generator: string, connections: number, rounds: number, seconds: number) =>
      `GET /, a new connection per request, ${connections} clients (${generator}); median of ${rounds} rounds of ${inEnglish.seconds(seconds)}`,
    keepAlive: (connections: number, rounds: number, seconds: number) =>
      `GET /, connections kept open (keep-alive), ${connections} clients; median of ${rounds} rounds of ${inEnglish.seconds(seconds)}`,
    machine: (cpus: number, load: number) =>
      `${cpus} CPUs; load average ${inEnglish.fixed(load, 1)} when the run began` +
      (load > cpus
        ? `: above ${cpus}, so other programs were competing for them.`
        : `: not above ${cpus}, so the machine was not busy with other programs.`),
    requestsPerSecond: 'requests/s',
    latency: 'latency p50 / p99 (ms)',
    againstBaseline: 'against node:http',
    againstClosing: 'against a connection per request',
    cpuPerRequest: 'server CPU per request (µs)',
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
  closeEveryConnection: (servers: string[]) =>
    `${servers.join(', ')}: – in the keep-alive rows: ${servers.length === 1 ? 'this server closes' : 'these servers close'} every connection after one answer.`,
  yours: (server: string, ratio: number, keepAliveRatio?: number) =>
    `Your server, ${server}: ${inEnglish.times(ratio)} node:http's GET / throughput${keepAliveRatio === undefined ? '' : `, and ${inEnglish.times(keepAliveRatio)} with keep-alive`}.`,
  target: (server: string, ratio: number, met: boolean) =>
    `Target (the final server, ${server}: GET / throughput at least node:http's): ${inEnglish.times(ratio)} — ${met ? 'met' : 'NOT met'}.`,
  keepAliveTarget: (server: string, closing: string, { ratio, met }: Ratio) =>
    `Target (${server} with keep-alive: GET / throughput at least ${inEnglish.number(keepAliveTargets.againstClosing)}× that of ${closing}, which opens a new connection per request): ${inEnglish.times(ratio)} — ${met ? 'met' : 'NOT met'}.`,
  keepAliveBaselineTarget: (server: string, { ratio, met }: Ratio) =>
    `Target (${server} with keep-alive: GET / throughput at least node:http's with keep-alive): ${inEnglish.times(ratio)} — ${met ? 'met' : 'NOT met'}.`,
  keepAliveCpu: (server: string, { server: us, baseline }: { server: number; baseline: number }) =>
    `Server CPU time per GET / with keep-alive, which the machine's load moves less than requests/s: ${server} ${inEnglish.number(us, 1)} µs, node:http ${inEnglish.number(baseline, 1)} µs.`,
  pools: ({ own, piscina, sleep, keptOpen }: Pools) =>
    [
      `The pools, on the same server: ${own} runs /sleep on the ThreadPool you wrote, ${piscina} on piscina.`,
      sleep &&
        ` ${sleep.concurrent} × /sleep at once: ${inEnglish.seconds(sleep.ownMs / 1000, 2)} against ${inEnglish.seconds(sleep.piscinaMs / 1000, 2)}.`,
      keptOpen &&
        ` GET / with keep-alive: ${inEnglish.number(keptOpen.own)} against ${inEnglish.number(keptOpen.piscina)} requests/s (GET / does not go to the pool).`,
    ].join(''),
  written: (file: string) => `Numbers written to ${file}`,
};

const tr: typeof en = {
  usage: [
    'Kullanım: npm run bench [-- seçenekler]',
    '',
    'Tek bir çalıştırmada, yan yana, 5. adımın çözümünü (tek iş parçacığı), 7. adımın çözümünü',
    '(Rust kitabının POOL_SIZE iş parçacıklı havuzu), 8. adımın çözümünü (kitabın son sunucusu),',
    '9. adımın çözümünü (aynısı, bağlantıları açık tutarak), 10. adımın çözümünü (aynısı,',
    'piscina üzerinde) ve aynı yolları sunan bir node:http sunucusunu ölçer; bir tablo yazdırır',
    've sayıları JSON olarak kaydeder. GET / iki kez ölçülür: Rust kitabındaki gibi her istek',
    'için yeni bir bağlantıyla ve izin veren sunucularda, tarayıcıların yaptığı gibi açık',
    'tutulan bağlantılarla (keep-alive).',
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
  measuring: (name: string, keepAlive: boolean, round: number, rounds: number) =>
    `yük altında GET /${keepAlive ? ', keep-alive' : ''}: ${name}, tur ${round}/${rounds}…`,
  oneAtATime: (name: string) => `tek tek GET /: ${name}…`,
  sleeping: (name: string, concurrent: number) => `aynı anda ${concurrent} /sleep: ${name}…`,
  table: {
    load: (generator: string, connections: number, rounds: number, seconds: number) =>
      `GET /, her istek için yeni bağlantı, ${connections} istemci (${generator}); ${rounds} turun ortancası, tur başına ${inTurkish.seconds(seconds)}`,
    keepAlive: (connections: number, rounds: number, seconds: number) =>
      `GET /, açık tutulan bağlantılarla (keep-alive), ${connections} istemci; ${rounds} turun ortancası, tur başına ${inTurkish.seconds(seconds)}`,
    machine: (cpus: number, load: number) =>
      `${cpus} işlemci; ölçüm başladığında yük ortalaması ${inTurkish.fixed(load, 1)}` +
      (load > cpus
        ? `: ${ablative(cpus)} yüksek, yani işlemciler için başka programlar da yarışıyordu.`
        : `: ${ablative(cpus)} yüksek değil, yani makine başka programlarla meşgul değildi.`),
    requestsPerSecond: 'istek/sn',
    latency: 'gecikme p50 / p99 (ms)',
    againstBaseline: "node:http'ye göre",
    againstClosing: 'istek başına bağlantıya göre',
    cpuPerRequest: 'istek başına sunucu CPU (µs)',
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
  closeEveryConnection: (servers: string[]) =>
    `${servers.join(', ')}: keep-alive satırlarında – var, çünkü ${servers.length === 1 ? 'bu sunucu' : 'bu sunucular'} her bağlantıyı tek bir yanıttan sonra kapatıyor.`,
  yours: (server: string, ratio: number, keepAliveRatio?: number) =>
    `Sunucunuz (${server}): GET / iş hacmi node:http'ninkinin ${inTurkish.fixed(ratio, 2)} katı${keepAliveRatio === undefined ? '' : `, keep-alive ile ${inTurkish.fixed(keepAliveRatio, 2)} katı`}.`,
  target: (server: string, ratio: number, met: boolean) =>
    `Hedef, son sunucunun (${server}) GET / iş hacminin en az node:http'ninki kadar olması: ${inTurkish.times(ratio)} — ${met ? 'ulaşıldı' : 'ULAŞILAMADI'}.`,
  keepAliveTarget: (server: string, closing: string, { ratio, met }: Ratio) =>
    `Hedef, ${server} sunucusunun keep-alive ile GET / iş hacminin, her istek için yeni bağlantı açan ${closing} sunucusununkinin en az ${inTurkish.number(keepAliveTargets.againstClosing)} katı olması: ${inTurkish.times(ratio)} — ${met ? 'ulaşıldı' : 'ULAŞILAMADI'}.`,
  keepAliveBaselineTarget: (server: string, { ratio, met }: Ratio) =>
    `Hedef, ${server} sunucusunun keep-alive ile GET / iş hacminin en az keep-alive'lı node:http'ninki kadar olması: ${inTurkish.times(ratio)} — ${met ? 'ulaşıldı' : 'ULAŞILAMADI'}.`,
  keepAliveCpu: (server: string, { server: us, baseline }: { server: number; baseline: number }) =>
    `Keep-alive ile GET / başına sunucu CPU süresi (makinenin yükü bunu saniyedeki istek sayısından daha az etkiler): ${server} ${inTurkish.number(us, 1)} µs, node:http ${inTurkish.number(baseline, 1)} µs.`,
  pools: ({ own, piscina, sleep, keptOpen }: Pools) =>
    [
      `Aynı sunucuda iki havuz: ${own} /sleep isteklerini sizin yazdığınız ThreadPool'da, ${piscina} piscina'da çalıştırıyor.`,
      sleep &&
        ` Aynı anda ${sleep.concurrent} /sleep: ${inTurkish.seconds(sleep.ownMs / 1000, 2)} ve ${inTurkish.seconds(sleep.piscinaMs / 1000, 2)}.`,
      keptOpen &&
        ` Keep-alive ile GET /: saniyede ${inTurkish.number(keptOpen.own)} ve ${inTurkish.number(keptOpen.piscina)} istek (GET / havuza gitmiyor).`,
    ].join(''),
  written: (file: string) => `Sayılar ${file} dosyasına yazıldı`,
};

export const m = localized({ en, tr });
