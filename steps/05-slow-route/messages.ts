import type { StarterInTurkish } from '../../scripts/harness/starter-texts.ts';
import { localized } from '../../scripts/shared/i18n/localized.ts';
import { locative } from '../../scripts/shared/i18n/turkish-suffixes.ts';
import { inEnglish, inTurkish } from '../../scripts/shared/i18n/numbers.ts';

const en = {
  answersSleepAfterSleepMs: {
    name: 'answers GET /sleep with hello.html once SLEEP_MS milliseconds have passed',
    tooSoon: (took: number, sleepMs: number) =>
      `Your server answered GET /sleep after ${inEnglish.milliseconds(took)}, sooner than the SLEEP_MS=${sleepMs} this check set.`,
    tooSoonHint:
      'Read the time to sleep from process.env.SLEEP_MS, and hold the thread that long before you build the response.',
    ignoresSetting: (took: number, sleepMs: number) =>
      `Your server answered GET /sleep after ${inEnglish.milliseconds(took)}, though this check set SLEEP_MS=${sleepMs}.`,
    stillSleeping: (seconds: number, sleepMs: number) =>
      `Your server had still not answered GET /sleep after ${inEnglish.seconds(seconds)}, though this check set SLEEP_MS=${sleepMs}, a number of milliseconds: does it read the setting as seconds?`,
    ignoresSettingHint:
      'Read the time from process.env.SLEEP_MS, a number of milliseconds, and fall back on 5000 only when it is not set: the checks use short sleeps to run quickly.',
    zeroIgnored: (took: number) =>
      `With SLEEP_MS=0, your server took ${inEnglish.milliseconds(took)} to answer GET /sleep: 0 is a setting too, not a missing one.`,
    zeroIgnoredHint:
      'Number(process.env.SLEEP_MS) || 5000 takes 0 for "not set". Fall back on 5000 only when the variable is missing: Number(process.env.SLEEP_MS ?? 5000).',
    sentBeforeSleep: (answered: number, took: number) =>
      `Your server sent the page ${inEnglish.milliseconds(answered)} after GET /sleep, and ended the connection only after ${inEnglish.milliseconds(took)}: it answered first and slept afterwards.`,
    sentBeforeSleepHint:
      'Sleep first, then build and send the response: the sleep stands for slow work that the page waits for. A client sees the page as soon as its bytes arrive, whenever the connection ends.',
    otherHead: (name: string, sleep: string | undefined, root: string | undefined) =>
      `Your server answered GET /sleep with ${name}: ${sleep ?? '(none)'}, where GET / gets ${name}: ${root ?? '(none)'}.`,
    otherStatusLine: (sleep: string, root: string) =>
      `Your server answered GET /sleep with the status line "${sleep}", where GET / gets "${root}".`,
    rootLost: (name: string) =>
      `Your server answered GET / without a ${name} header: every response but /sleep's is answered as in step 4.`,
    rootLostHint:
      "Keep step 4's head for every page: the status line, Content-Length (the page's length in bytes), Content-Type: text/html; charset=utf-8 and Connection: close. This step only adds the /sleep branch.",
    otherHeadHint:
      'After the sleep, answer exactly as for GET /: the same status line, the same three headers, the same page. Let the /sleep branch only sleep, then go on with the code that builds the answer to GET /.',
  },
  answersLookalikesOfSleepWith404: {
    name: 'answers /sleepy, /sleep/ and /sleep?seconds=2 with the 404 page, not as /sleep',
    wrongAnswer: (path: string, statusLine: string, took: number) =>
      `Your server answered GET ${path} with "${statusLine}" after ${inEnglish.milliseconds(took)}, but only the target /sleep sleeps: ${path} gets the 404 page.`,
    noAnswer: (path: string) => `Your server sent no well-formed response to GET ${path}.`,
    hint: "Compare the whole target, as for /: request.target === '/sleep'. A test such as startsWith('/sleep') or includes('sleep') also catches /sleepy and /sleep/. The README explains why /sleep?seconds=2 is another target in this workbook.",
    slept: (path: string, took: number) =>
      `Your server answered GET ${path} with the 404 page, but only after ${inEnglish.milliseconds(took)}: it slept first.`,
    sleptHint:
      'Sleep only in the branch of GET /sleep, once the routing has chosen it: a sleep before the routing holds every request that merely resembles /sleep.',
  },
  answersPostSleepWith404Or405: {
    name: 'answers POST /sleep with 404 or 405: only GET /sleep sleeps',
    wrongAnswer: (statusLine: string, took: number) =>
      `Your server answered POST /sleep with "${statusLine}" after ${inEnglish.milliseconds(took)}, but only GET /sleep sleeps and gets hello.html: any other method gets 404 (or 405), as in step 4.`,
    noAnswer: 'Your server sent no well-formed response to POST /sleep.',
    hint: "Compare the method as well as the target: switch on `${request.method} ${request.target}` and write case 'GET /sleep'. A test of the target alone lets POST /sleep sleep too.",
    slept: (took: number) =>
      `Your server answered POST /sleep with a 404 or 405, but only after ${inEnglish.milliseconds(took)}: it slept first.`,
  },
  answersRootAtOnceWhenIdle: {
    name: 'still answers GET / at once when nothing else is running',
    slow: (took: number) =>
      `Your server took ${inEnglish.milliseconds(took)} to answer GET / on its own: it sleeps on requests other than /sleep.`,
    slowHint: 'Sleep only in the branch that handles GET /sleep.',
  },
  answersRootOnlyAfterSleep: {
    name: 'answers a GET / that arrives during a /sleep only after the /sleep',
    early: (aheadBy: number) =>
      `Your server answered GET / ${inEnglish.milliseconds(aheadBy)} before it finished the /sleep it was already running: the sleep let it go.`,
    earlyHint:
      "In this step /sleep must hold the server's only thread, as thread::sleep does in Rust. A timer (setTimeout, await) frees the thread while it waits, so everyone else is served at once. Sleep with Atomics.wait, as the README shows, and watch GET / wait its turn.",
  },
  readsSleepMsOnce: {
    name: 'reads SLEEP_MS once, when respond.ts loads',
    perRequest: (took: number) =>
      `respond.ts was loaded with SLEEP_MS=50, then SLEEP_MS became 3000, and /sleep took ${inEnglish.milliseconds(took)}: your code reads the setting on every request.`,
    hint: 'Read the setting once, at the top of respond.ts, outside respond(): const sleepMs = Number(process.env.SLEEP_MS ?? 5000). Reading the environment costs more than the rest of a request, and a setting that changes while the server runs would surprise whoever set it.',
  },
  sleepsFiveSecondsByDefault: {
    name: 'sleeps 5 seconds on GET /sleep when SLEEP_MS is not set, without keeping a thread busy',
    busy: (sleepMs: number) =>
      `One thread of your server stayed busy for all the ${inEnglish.milliseconds(sleepMs)} that GET /sleep slept: it waits in a loop instead of sleeping.`,
    busyHint:
      'Hold the thread with Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms): the thread sleeps without using the processor. A loop that checks the clock keeps a whole core busy for as long as it waits.',
    wrongDefault: (took: number) =>
      `With SLEEP_MS not set, your server answered GET /sleep after ${inEnglish.milliseconds(took)} instead of about 5000.`,
    never: (seconds: number) =>
      `With SLEEP_MS not set, your server had still not answered GET /sleep after ${inEnglish.seconds(seconds)}.`,
    wrongDefaultHint:
      'Number(process.env.SLEEP_MS ?? 5000) gives 5000 when the variable is missing. Beware Number(undefined): it is NaN, and Atomics.wait waits forever for NaN milliseconds.',
  },
  answersBadRequest: { name: 'answers a malformed request with 400 Bad Request' },
  buildsOnNetAlone: {
    name: 'builds on node:net alone, without node:http or a framework',
  },
};

const tr: typeof en = {
  answersSleepAfterSleepMs: {
    name: 'GET /sleep isteğini SLEEP_MS milisaniye geçtikten sonra hello.html ile yanıtlar',
    tooSoon: (took: number, sleepMs: number) =>
      `Sunucunuz GET /sleep isteğini ${inTurkish.milliseconds(took)} sonra yanıtladı; bu kontrolün verdiği SLEEP_MS=${sleepMs} süresinden önce.`,
    tooSoonHint:
      "Uyuma süresini process.env.SLEEP_MS'ten okuyun ve yanıtı oluşturmadan önce iş parçacığını o kadar süre tutun.",
    ignoresSetting: (took: number, sleepMs: number) =>
      `Bu kontrol SLEEP_MS=${sleepMs} verdiği hâlde sunucunuz GET /sleep isteğini ${inTurkish.milliseconds(took)} sonra yanıtladı.`,
    stillSleeping: (seconds: number, sleepMs: number) =>
      `Bu kontrol milisaniye cinsinden SLEEP_MS=${sleepMs} verdiği hâlde sunucunuz GET /sleep isteğini ${inTurkish.seconds(seconds)} sonra hâlâ yanıtlamamıştı: ayarı saniye olarak mı okuyor?`,
    ignoresSettingHint:
      "Süreyi milisaniye cinsinden bir sayı olarak process.env.SLEEP_MS'ten okuyun; 5000'i yalnızca değişken tanımlı değilse kullanın: kontroller hızlı çalışmak için kısa uykular kullanır.",
    zeroIgnored: (took: number) =>
      `SLEEP_MS=0 iken sunucunuz GET /sleep isteğini ${inTurkish.milliseconds(took)} sonra yanıtladı: 0 da bir ayardır, eksik bir ayar değil.`,
    zeroIgnoredHint:
      'Number(process.env.SLEEP_MS) || 5000, 0\'ı "tanımlı değil" sayar. 5000\'i yalnızca değişken yoksa kullanın: Number(process.env.SLEEP_MS ?? 5000).',
    sentBeforeSleep: (answered: number, took: number) =>
      `Sunucunuz sayfayı GET /sleep isteğinden ${inTurkish.milliseconds(answered)} sonra gönderdi, bağlantıyı ise ancak ${inTurkish.milliseconds(took)} sonra bitirdi: önce yanıt verdi, sonra uyudu.`,
    sentBeforeSleepHint:
      'Önce uyuyun, sonra yanıtı oluşturup gönderin: uyku, sayfanın beklediği yavaş bir işin yerini tutar. İstemci, bağlantı ne zaman biterse bitsin, baytları gelir gelmez sayfayı görür.',
    otherHead: (name: string, sleep: string | undefined, root: string | undefined) =>
      `Sunucunuz GET /sleep isteğini ${name}: ${sleep ?? '(yok)'} ile yanıtladı; GET / ise ${name}: ${root ?? '(yok)'} alıyor.`,
    otherStatusLine: (sleep: string, root: string) =>
      `Sunucunuz GET /sleep isteğini "${sleep}" durum satırıyla yanıtladı; GET / ise "${root}" alıyor.`,
    rootLost: (name: string) =>
      `Sunucunuz GET / isteğini ${name} başlığı olmadan yanıtladı: /sleep dışındaki her yanıt 4. adımdaki gibi verilir.`,
    rootLostHint:
      '4. adımın başlık bölümünü her sayfa için koruyun: durum satırı, Content-Length (sayfanın bayt cinsinden uzunluğu), Content-Type: text/html; charset=utf-8 ve Connection: close. Bu adım yalnızca /sleep dalını ekler.',
    otherHeadHint:
      'Uykudan sonra tam olarak GET / için olduğu gibi yanıt verin: aynı durum satırı, aynı üç başlık, aynı sayfa. /sleep dalı yalnızca uyusun, sonra GET / yanıtını oluşturan kodla devam edin.',
  },
  answersLookalikesOfSleepWith404: {
    name: '/sleepy, /sleep/ ve /sleep?seconds=2 isteklerini /sleep gibi değil, 404 sayfasıyla yanıtlar',
    wrongAnswer: (path: string, statusLine: string, took: number) =>
      `Sunucunuz GET ${path} isteğini ${inTurkish.milliseconds(took)} sonra "${statusLine}" ile yanıtladı; oysa yalnızca /sleep hedefi uyur, ${path} ise 404 sayfasını alır.`,
    noAnswer: (path: string) =>
      `Sunucunuz GET ${path} isteğine kurallara uygun bir yanıt göndermedi.`,
    hint: "/ için yaptığınız gibi hedefin tamamını karşılaştırın: request.target === '/sleep'. startsWith('/sleep') ya da includes('sleep') gibi bir sınama /sleepy ve /sleep/ isteklerini de yakalar. /sleep?seconds=2 isteğinin bu çalışma kitabında neden başka bir hedef olduğunu README anlatıyor.",
    slept: (path: string, took: number) =>
      `Sunucunuz GET ${path} isteğini 404 sayfasıyla, ama ancak ${inTurkish.milliseconds(took)} sonra yanıtladı: önce uyudu.`,
    sleptHint:
      'Yalnızca yönlendirme GET /sleep dalını seçtikten sonra, o dalda uyuyun: yönlendirmeden önceki bir uyku, /sleep isteğine yalnızca benzeyen her isteği de bekletir.',
  },
  answersPostSleepWith404Or405: {
    name: 'POST /sleep isteğini 404 ya da 405 ile yanıtlar: yalnızca GET /sleep uyur',
    wrongAnswer: (statusLine: string, took: number) =>
      `Sunucunuz POST /sleep isteğini ${inTurkish.milliseconds(took)} sonra "${statusLine}" ile yanıtladı; oysa yalnızca GET /sleep uyur ve hello.html alır, başka her yöntem 4. adımdaki gibi 404 (ya da 405) alır.`,
    noAnswer: 'Sunucunuz POST /sleep isteğine kurallara uygun bir yanıt göndermedi.',
    hint: "Hedefin yanında yöntemi de karşılaştırın: `${request.method} ${request.target}` üzerinde switch kurun ve case 'GET /sleep' yazın. Yalnızca hedefi sınamak POST /sleep isteğini de uyutur.",
    slept: (took: number) =>
      `Sunucunuz POST /sleep isteğini 404 ya da 405 ile, ama ancak ${inTurkish.milliseconds(took)} sonra yanıtladı: önce uyudu.`,
  },
  answersRootAtOnceWhenIdle: {
    name: 'başka hiçbir şey çalışmıyorken GET / isteğini hâlâ hemen yanıtlar',
    slow: (took: number) =>
      `Sunucunuz tek başına gelen GET / isteğini ${locative(inTurkish.milliseconds(took))} yanıtladı: /sleep dışındaki isteklerde de uyuyor.`,
    slowHint: 'Yalnızca GET /sleep isteğini işleyen dalda uyuyun.',
  },
  answersRootOnlyAfterSleep: {
    name: 'bir /sleep sürerken gelen GET / isteğini ancak /sleep bittikten sonra yanıtlar',
    early: (aheadBy: number) =>
      `Sunucunuz GET / isteğini, zaten sürmekte olan /sleep isteğini bitirmesinden ${inTurkish.milliseconds(aheadBy)} önce yanıtladı: uyku iş parçacığını serbest bıraktı.`,
    earlyHint:
      "Bu adımda /sleep, Rust'taki thread::sleep gibi sunucunun tek iş parçacığını tutmalı. Bir zamanlayıcı (setTimeout, await) beklerken iş parçacığını serbest bırakır, böylece diğer herkese hemen hizmet verilir. README'de gösterildiği gibi Atomics.wait ile uyuyun ve GET / isteğinin sırasını beklediğini izleyin.",
  },
  readsSleepMsOnce: {
    name: "SLEEP_MS'i respond.ts yüklenirken bir kez okur",
    perRequest: (took: number) =>
      `respond.ts SLEEP_MS=50 iken yüklendi, sonra SLEEP_MS 3000 oldu ve /sleep ${inTurkish.milliseconds(took)} sürdü: kodunuz ayarı her istekte okuyor.`,
    hint: "Ayarı bir kez, respond.ts'nin en üstünde, respond()'un dışında okuyun: const sleepMs = Number(process.env.SLEEP_MS ?? 5000). Ortamı okumak isteğin geri kalanından pahalıdır; sunucu çalışırken değişen bir ayar da onu koyanı şaşırtır.",
  },
  sleepsFiveSecondsByDefault: {
    name: 'SLEEP_MS tanımlı değilse GET /sleep isteğinde, bir iş parçacığını meşgul etmeden 5 saniye uyur',
    busy: (sleepMs: number) =>
      `Sunucunuzun bir iş parçacığı, GET /sleep isteğinin uyuduğu ${inTurkish.milliseconds(sleepMs)} boyunca hep meşgul kaldı: uyumak yerine bir döngüde bekliyor.`,
    busyHint:
      'İş parçacığını Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms) ile tutun: iş parçacığı işlemciyi kullanmadan uyur. Saate bakan bir döngü ise beklediği sürece koca bir çekirdeği meşgul eder.',
    wrongDefault: (took: number) =>
      `SLEEP_MS tanımlı değilken sunucunuz GET /sleep isteğini yaklaşık 5000 ms yerine ${inTurkish.milliseconds(took)} sonra yanıtladı.`,
    never: (seconds: number) =>
      `SLEEP_MS tanımlı değilken sunucunuz GET /sleep isteğini ${inTurkish.seconds(seconds)} sonra hâlâ yanıtlamamıştı.`,
    wrongDefaultHint:
      'Değişken yoksa Number(process.env.SLEEP_MS ?? 5000) 5000 verir. Number(undefined) ifadesine dikkat: NaN verir ve Atomics.wait NaN milisaniyeyi sonsuza dek bekler.',
  },
  answersBadRequest: { name: 'bozuk bir isteğe 400 Bad Request ile yanıt verir' },
  buildsOnNetAlone: {
    name: 'node:http ya da bir çatı (framework) olmadan yalnızca node:net üzerine kurulur',
  },
};

export const m = localized({ en, tr });

/** The starter's TODO errors as a Turkish learner reads them. */
export const starterInTurkish: StarterInTurkish = {
  todos: {
    'make GET /sleep sleep, then serve hello.html':
      'GET /sleep önce uyusun, sonra hello.html sayfasını versin',
  },
};
