import type { StarterInTurkish } from '../../scripts/harness/starter-texts.ts';
import { localized } from '../../scripts/shared/i18n/localized.ts';
import { dative } from '../../scripts/shared/i18n/turkish-suffixes.ts';
import { inEnglish, inTurkish } from '../../scripts/shared/i18n/numbers.ts';

const whileLet =
  "This is the chapter's `while let` pitfall in Node's clothes: there a worker keeps the lock on the queue while its job runs, so the other workers cannot take jobs. Look for an await that makes the pool wait for one job to finish before it hands out the next, or for every job going to the same worker.";
const oneLinePerJob = {
  noneHint:
    "Print the line in the worker each time it takes a job, with the worker's id from workerData: console.log(`Worker ${id} got a job; executing.`).",
  count: (printed: number, jobs: number) =>
    printed < jobs
      ? `Your pool printed "Worker {id} got a job; executing." ${printed} times for ${jobs} jobs, 5 s after the last job was done: a line is missing, or is stuck in a worker thread.`
      : `Your pool printed "Worker {id} got a job; executing." ${printed} times for ${jobs} jobs.`,
  countHint:
    "Print it once per job: when the worker takes the job, before it runs it. A worker thread's console.log reaches the main thread with a delay, and a line can wait behind the previous one while the thread is blocked; it still arrives once the job is done, so a line that never comes was never printed.",
  ids: (ids: string, size: number) =>
    `A pool of ${size} printed the worker ids ${ids}; they should run from 0 to ${size - 1}.`,
  idsHint:
    "Number the workers by their place in the pool, 0 to size - 1, and give each thread its id in workerData. Node's own threadId counts every thread of the process, so it is not the same number.",
};

const en = {
  answersBadRequest: { name: 'answers a malformed request with 400 Bad Request' },
  refusesBadSizes: {
    name: 'refuses a size that is not a positive whole number, with a RangeError that names it',
    accepted: (size: string) =>
      `new ThreadPool(${size}) did not throw: a pool needs a whole number of threads, at least one.`,
    acceptedHint:
      'Check the size first thing in the constructor, as the chapter asserts size > 0: Number.isInteger(size) && size > 0. Otherwise throw new RangeError(…).',
    wrongType: (size: string, name: string) =>
      `new ThreadPool(${size}) threw an error of type ${name}; a value out of the allowed range calls for a RangeError.`,
    wrongTypeHint:
      "throw new RangeError(message): it is the error JavaScript's own functions throw for a number they cannot accept, as new Array(-1) does.",
    unnamed: (size: string, message: string) =>
      `The RangeError for new ThreadPool(${size}) says "${message}", which does not show the value it was given.`,
    unnamedHint:
      'Put the value into the message, with a template literal for example: `… not ${size}`. Whoever reads it sees at once what went wrong.',
    refusedValid: (message: string) => `new ThreadPool(2) threw: ${message}`,
    refusedValidHint: 'Every whole number from 1 up is a valid size.',
  },
  startsThreadsUpFront: {
    name: 'starts all of its threads as soon as it is created',
    count: (started: number, size: number) =>
      `new ThreadPool(${size}) had started ${started} threads before the first job was given to it.`,
    hint: 'Create every worker in the constructor, ids 0 to size - 1, each with a thread of its own, as the chapter does: the threads are ready before the first job comes, and there are never more of them.',
  },
  runsJobsOffMainThread: {
    name: 'runs each job on a thread of its own, never on the main thread',
    mainThread:
      'Your pool ran a job on the main thread: while such a job blocks, the whole program waits with it.',
    mainThreadHint:
      'execute() must not call the job itself. It posts the job to a worker thread (postMessage), whose code imports job.module and calls the function; the outcome comes back as a message.',
    shared: (size: number, ids: string) =>
      `${size} jobs given at once to a pool of ${size} ran on the threads ${ids}: some had to share one.`,
    sharedHint:
      'Hand each job to a worker that is free, and count that worker as busy until its answer has come back.',
  },
  runsAsManyJobsAsThreads: {
    name: 'runs as many blocking jobs at once as it has threads',
    oneAtATime: (size: number) =>
      `Your pool has ${size} threads, but it ran ${size} blocking jobs one after another.`,
    some: (atOnce: number, size: number) =>
      `Your pool has ${size} threads, but it ran at most ${atOnce} of ${size} blocking jobs at once.`,
    hint: whileLet,
  },
  keepsExtraJobWaiting: {
    name: 'keeps an extra job waiting until a thread is free',
    newThread: (created: number, size: number) =>
      `Your pool of ${size} started ${created} threads in all: it started new ones for jobs instead of making them wait.`,
    newThreadHint:
      'A pool makes its threads once. While all of them are busy, execute() puts the job in a queue (an array), and the first worker to finish its job takes it.',
    early: (size: number) =>
      `Your pool started job ${size + 1} while all ${size} threads were still busy with the jobs before it.`,
    earlyHint:
      'Give a job to a worker only when that worker is free; until then the job waits in the queue.',
  },
  takesWaitingJobsInOrder: {
    name: 'takes waiting jobs in the order they were given',
    order: (order: string) =>
      `Your pool ran four jobs, given in the order 1, 2, 3, 4, in the order ${order}.`,
    hint: 'A queue is first in, first out: push() each new job onto the end of the array, and shift() the next one off its front.',
  },
  givesJobToFreeWorker: {
    name: 'gives the next job to a worker that is free, not to one that is still busy',
    waited: (waited: number, jobs: number) =>
      `On a pool of 2, one long job ran, and ${jobs} short jobs were given right after it; ${waited} of them waited for the long one to finish although the other worker was free.`,
    hint: 'Hand each job to an idle worker, never in turn to the next worker whatever it is doing (round-robin): keep a list of the idle workers, take one from it for a job, and put it back when its answer has come.',
  },
  leavesNoListenerPerJob: {
    name: 'adds no event listener per job that stays behind',
    leak: (jobs: number, before: number, after: number) =>
      `A thread of your pool had ${before} event listeners before ${jobs} jobs, and ${after} after them: each job leaves a listener behind. Node warns about it (MaxListenersExceededWarning), and the memory is never given back.`,
    hint: "In Worker.run(), listen for the job's answer with thread.once('message', …), which removes itself after one message, or remove the listener with thread.off() once the answer has come. thread.on() keeps every listener for good.",
  },
  rejectsFailedJobAndGoesOn: {
    name: 'rejects the promise of a job that throws, and goes on running jobs',
    resolved: 'A job threw an error, but the promise execute() returned for it resolved.',
    resolvedHint:
      "Let the worker catch the job's error and send it back marked as a failure; the pool then rejects that job's promise with it.",
    lostError: (thrown: string, message: string) =>
      `A job threw "${thrown}", but its promise was rejected with "${message}".`,
    lostErrorHint:
      'Send the error itself back: an Error can travel to another thread in a message, its message and stack included.',
    lostStack:
      'A job threw an Error, and its promise was rejected with an Error of the same message, but a new one: its stack no longer shows where the job failed.',
    notAnError: (type: string) =>
      `A job threw an Error, but its promise was rejected with a ${type}, not an Error: whoever catches it loses the stack, and instanceof Error is false.`,
    crashed:
      'A job that threw took the whole program down: its error escaped the worker and ended the thread, and nothing caught it.',
    stopped:
      'After a job threw, the next job given to the pool never finished: the worker stopped taking jobs.',
    nextFailed: (message: string) => `After a job threw, the next job failed too: ${message}`,
    unimportableCrashed:
      'A job whose module could not be imported took the whole program down: the import failed outside the try in worker.ts, and nothing caught it.',
    unimportableKept:
      'A job whose module could not be imported did not get a rejected promise: the failed import must come back like any error of a job.',
    stoppedAfterUnimportable:
      'After a job whose module could not be imported, the next job given to the pool never finished.',
    unimportableHint:
      'Import job.module inside the same try as the call: a module that cannot be loaded is a failed job like any other, sent back as { ok: false, error }.',
    stoppedHint:
      'A throwing job must not take its worker down. Catch the error inside the worker (try/catch around the call), send it back, and let the worker wait for its next job.',
  },
  printsGotAJob: {
    name: 'prints "Worker {id} got a job; executing." for every job',
    ...oneLinePerJob,
  },
  servesDuringSleep: {
    name: 'answers GET / while a /sleep is running',
    notPooled:
      'Your server answered GET / only after the /sleep before it had finished, and no worker said it got a job: requests still run on the main thread, one at a time.',
    notPooledHint:
      "In server.ts, hand each request to the pool: await pool.execute({ module, name: 'respond', args: [request] }), and send the bytes that come back.",
    oneAtATime: (poolSize: number) =>
      `Your server answered GET / only after the /sleep before it had finished, though POOL_SIZE=${poolSize}: your pool runs one job at a time.`,
    oneAtATimeHint: whileLet,
  },
  runsPoolSizeSleepsAtOnce: {
    name: 'runs POOL_SIZE slow requests at once, and the next one when a thread frees up',
    timer: (poolSize: number) =>
      `Three /sleep requests finished together on a server with POOL_SIZE=${poolSize}, and no worker said it got a job: /sleep waits with a timer, so nothing limits how many run at once.`,
    timerHint:
      "A timer (await setTimeout) gives the thread back while it waits, so requests never queue and the pool has nothing to do. Keep step 5's blocking sleep in respond.ts and let the pool's threads run it: then POOL_SIZE decides how many sleep at once.",
    threadPerRequest: (threads: number, poolSize: number) =>
      `Your server started ${threads} threads with POOL_SIZE=${poolSize}: it starts new threads for requests instead of reusing the pool's.`,
    threadPerRequestHint:
      'Create one ThreadPool when the server starts, outside the connection handler, and give every request to it. The chapter says why: with a thread per request, a flood of requests can exhaust the machine.',
    unbounded: (poolSize: number) =>
      `Three /sleep requests finished together on a server with POOL_SIZE=${poolSize}: more of them ran at once than the pool has threads.`,
    unboundedHint:
      'Only POOL_SIZE threads should ever run /sleep at once; a third request waits in the queue until one of them is free.',
    oneAtATime: (poolSize: number) =>
      `Your server ran three /sleep requests one after another, though POOL_SIZE=${poolSize}.`,
    notPooled:
      'Your server ran three /sleep requests one after another, and no worker said it got a job: requests still run on the main thread.',
  },
  holdsThreadForWholeSleep: {
    name: 'holds its worker thread for the whole of a /sleep',
    timer: (ms: number, ticks: number) =>
      `While respond() worked on a /sleep (${inEnglish.milliseconds(ms)}), its worker thread was free to run other code ${ticks} times: the sleep waits with a timer instead of blocking.`,
    hint: "Keep step 5's blocking sleep, Atomics.wait, in respond.ts: the pool exists to run work that holds a thread. With a timer, the thread could take other jobs while it waits, and POOL_SIZE would no longer be what limits the slow requests.",
  },
  startsFourThreadsByDefault: {
    name: 'starts 4 threads when POOL_SIZE is not set',
    count: (started: number, size: number) =>
      `Started without POOL_SIZE, your server started ${started} worker threads; the default is ${size}.`,
    hint: 'Read the size with a default: new ThreadPool(Number(process.env.POOL_SIZE ?? 4)).',
  },
  printsWhichWorkerTookRequest: {
    name: 'prints which worker took each request, for a missing page too',
    ...oneLinePerJob,
    notOnPool:
      'Your workers printed a line for each GET /, but none for GET /missing: its 404 was built on the main thread.',
    notOnPoolHint:
      'Every response is built on the pool, a 404 too: give the pool every request that parses, and let respond() choose the page there.',
  },
  buildsOnNetAlone: { name: 'builds on node:net alone, without node:http or a framework' },
};

const whileLetTr =
  "Bu, bölümdeki `while let` tuzağının Node'daki karşılığı: orada bir Worker, işi sürerken kuyruğun kilidini elinde tutar ve diğer Worker'lar iş alamaz. Havuzu, bir işin bitmesini bekletip ancak ondan sonra sıradakini dağıtmaya zorlayan bir await arayın; ya da bütün işlerin aynı Worker'a gidip gitmediğine bakın.";
const oneLinePerJobTr: typeof oneLinePerJob = {
  noneHint:
    "Satırı Worker içinde, her iş aldığında, workerData'dan gelen kimliğiyle (id) yazdırın: console.log(`Worker ${id} got a job; executing.`).",
  count: (printed: number, jobs: number) =>
    printed < jobs
      ? `Havuzunuz ${jobs} iş için "Worker {id} got a job; executing." satırını, son iş bittikten 5 sn sonra ${printed} kez yazmıştı: bir satır eksik ya da bir Worker iş parçacığında takılı kalmış.`
      : `Havuzunuz ${jobs} iş için "Worker {id} got a job; executing." satırını ${printed} kez yazdı.`,
  countHint:
    'Her iş için bir kez yazdırın: Worker işi aldığında, onu çalıştırmadan önce. Bir Worker iş parçacığındaki console.log ana iş parçacığına gecikmeyle ulaşır ve iş parçacığı engelliyken bir satır öncekinin arkasında bekleyebilir; yine de iş bitince gelir, yani hiç gelmeyen bir satır hiç yazılmamıştır.',
  ids: (ids: string, size: number) =>
    `${size} iş parçacıklı bir havuz ${ids} kimliklerini yazdı; kimlikler 0'dan ${dative(size - 1)} kadar olmalı.`,
  idsHint:
    "Worker'ları havuzdaki sıralarına göre 0'dan size - 1'e kadar numaralandırın ve her iş parçacığına kimliğini workerData içinde verin. Node'un kendi threadId değeri süreçteki bütün iş parçacıklarını sayar; aynı sayı değildir.",
};

const tr: typeof en = {
  answersBadRequest: { name: 'bozuk bir isteğe 400 Bad Request ile yanıt verir' },
  refusesBadSizes: {
    name: 'pozitif tam sayı olmayan bir boyutu, değeri mesajında geçen bir RangeError ile reddeder',
    accepted: (size: string) =>
      `new ThreadPool(${size}) hata fırlatmadı: bir havuzun tam sayıda, en az bir iş parçacığına ihtiyacı var.`,
    acceptedHint:
      'Bölüm size > 0 koşulunu assert ile denetler; siz de boyutu kurucunun (constructor) en başında kontrol edin: Number.isInteger(size) && size > 0. Değilse throw new RangeError(…).',
    wrongType: (size: string, name: string) =>
      `new ThreadPool(${size}) ${name} türünde bir hata fırlattı; izin verilen aralığın dışındaki bir değer RangeError gerektirir.`,
    wrongTypeHint:
      "throw new RangeError(message): JavaScript'in kendi fonksiyonlarının kabul edemedikleri bir sayı için fırlattığı hata budur; new Array(-1) de bunu yapar.",
    unnamed: (size: string, message: string) =>
      `new ThreadPool(${size}) için fırlatılan RangeError "${message}" diyor; verilen değeri göstermiyor.`,
    unnamedHint:
      'Değeri mesajın içine koyun, örneğin bir şablon metniyle (template literal): `… not ${size}`. Okuyan, neyin ters gittiğini hemen görür.',
    refusedValid: (message: string) => `new ThreadPool(2) hata fırlattı: ${message}`,
    refusedValidHint: "1'den başlayan her tam sayı geçerli bir boyuttur.",
  },
  startsThreadsUpFront: {
    name: 'bütün iş parçacıklarını oluşturulur oluşturulmaz başlatır',
    count: (started: number, size: number) =>
      `new ThreadPool(${size}), kendisine ilk iş verilmeden önce ${started} iş parçacığı başlatmıştı.`,
    hint: "Bölümde olduğu gibi, bütün Worker'ları kurucuda oluşturun: kimlikleri 0'dan size - 1'e kadar, her biri kendi iş parçacığıyla. İş parçacıkları ilk iş gelmeden hazır olur ve sayıları hiç artmaz.",
  },
  runsJobsOffMainThread: {
    name: 'her işi kendine ait bir iş parçacığında çalıştırır, asla ana iş parçacığında değil',
    mainThread:
      'Havuzunuz bir işi ana iş parçacığında çalıştırdı: böyle bir iş engellediğinde (block) bütün program onunla birlikte bekler.',
    mainThreadHint:
      'execute() işi kendisi çağırmamalı. İşi bir Worker iş parçacığına gönderir (postMessage); o iş parçacığının kodu job.module modülünü içe aktarır ve fonksiyonu çağırır; sonuç bir mesaj olarak geri gelir.',
    shared: (size: number, ids: string) =>
      `${size} iş parçacıklı bir havuza aynı anda verilen ${size} iş ${ids} iş parçacıklarında çalıştı: bazıları bir iş parçacığını paylaşmak zorunda kaldı.`,
    sharedHint:
      "Her işi boşta olan bir Worker'a verin ve o Worker'ı yanıtı geri gelene kadar meşgul sayın.",
  },
  runsAsManyJobsAsThreads: {
    name: 'iş parçacığı sayısı kadar engelleyen işi aynı anda çalıştırır',
    oneAtATime: (size: number) =>
      `Havuzunuzun ${size} iş parçacığı var, ama ${size} engelleyen işi art arda çalıştırdı.`,
    some: (atOnce: number, size: number) =>
      `Havuzunuzun ${size} iş parçacığı var, ama ${size} engelleyen işin en fazla ${atOnce} tanesini aynı anda çalıştırdı.`,
    hint: whileLetTr,
  },
  keepsExtraJobWaiting: {
    name: 'fazladan gelen bir işi, bir iş parçacığı boşalana kadar bekletir',
    newThread: (created: number, size: number) =>
      `${size} iş parçacıklı havuzunuz toplam ${created} iş parçacığı başlattı: işleri bekletmek yerine onlar için yenilerini başlattı.`,
    newThreadHint:
      'Bir havuz iş parçacıklarını bir kez oluşturur. Hepsi meşgulken execute() işi bir kuyruğa (bir diziye) koyar ve işini ilk bitiren Worker onu alır.',
    early: (size: number) =>
      `Havuzunuz ${size + 1}. işi, ${size} iş parçacığının hepsi kendinden önceki işlerle hâlâ meşgulken başlattı.`,
    earlyHint:
      "Bir işi bir Worker'a ancak o Worker boştaysa verin; o zamana kadar iş kuyrukta bekler.",
  },
  takesWaitingJobsInOrder: {
    name: 'bekleyen işleri verildikleri sırayla alır',
    order: (order: string) =>
      `Havuzunuz 1, 2, 3, 4 sırasıyla verilen dört işi ${order} sırasıyla çalıştırdı.`,
    hint: 'Kuyruk, ilk giren ilk çıkar (first in, first out) düzenindedir: her yeni işi push() ile dizinin sonuna ekleyin, sıradakini shift() ile başından alın.',
  },
  givesJobToFreeWorker: {
    name: "sıradaki işi hâlâ meşgul olan bir Worker'a değil, boşta olana verir",
    waited: (waited: number, jobs: number) =>
      `2 iş parçacıklı bir havuzda uzun bir iş çalışırken hemen ardından ${jobs} kısa iş verildi; diğer Worker boşta olduğu hâlde bunlardan ${waited} tanesi uzun işin bitmesini bekledi.`,
    hint: "Her işi boştaki bir Worker'a verin; ne yaptığına bakmadan sıradaki Worker'a (round-robin) değil. Boştaki Worker'ların bir listesini tutun, bir iş için oradan bir tane alın ve yanıtı gelince listeye geri koyun.",
  },
  leavesNoListenerPerJob: {
    name: 'her iş için geride kalan bir olay dinleyicisi eklemez',
    leak: (jobs: number, before: number, after: number) =>
      `Havuzunuzun bir iş parçacığının ${jobs} işten önce ${before}, sonra ${after} olay dinleyicisi (listener) vardı: her iş geride bir dinleyici bırakıyor. Node bunun için uyarır (MaxListenersExceededWarning) ve o bellek hiç geri verilmez.`,
    hint: "Worker.run() içinde işin yanıtını thread.once('message', …) ile dinleyin; o, bir mesajdan sonra kendini kaldırır. Ya da yanıt gelince dinleyiciyi thread.off() ile kaldırın. thread.on() her dinleyiciyi kalıcı olarak tutar.",
  },
  rejectsFailedJobAndGoesOn: {
    name: "hata fırlatan bir işin promise'ini reddeder ve iş çalıştırmayı sürdürür",
    resolved:
      "Bir iş hata fırlattı, ama execute()'un onun için döndürdüğü promise çözüldü (resolve).",
    resolvedHint:
      "İşin hatasını Worker yakalasın ve başarısızlık olarak işaretleyip geri göndersin; havuz da o işin promise'ini bu hatayla reddetsin (reject).",
    lostError: (thrown: string, message: string) =>
      `Bir iş "${thrown}" fırlattı, ama promise'i "${message}" ile reddedildi.`,
    lostErrorHint:
      'Hatanın kendisini geri gönderin: bir Error, mesajı ve yığın izi (stack) dahil, bir mesajın içinde başka bir iş parçacığına gidebilir.',
    lostStack:
      "Bir iş bir Error fırlattı ve promise'i aynı mesajlı bir Error ile reddedildi, ama yeni bir Error ile: onun yığın izi (stack) işin nerede hata verdiğini artık göstermiyor.",
    notAnError: (type: string) =>
      `Bir iş Error fırlattı, ama promise'i Error ile değil, ${type} türünde bir değerle reddedildi: onu yakalayan yığın izini (stack) kaybeder, instanceof Error da false olur.`,
    crashed:
      "Hata fırlatan bir iş bütün programı çökertti: hatası Worker'dan kaçıp iş parçacığını bitirdi ve onu hiçbir şey yakalamadı.",
    stopped:
      'Bir iş hata fırlattıktan sonra havuza verilen sıradaki iş hiç bitmedi: Worker iş almayı bıraktı.',
    nextFailed: (message: string) =>
      `Bir iş hata fırlattıktan sonra sıradaki iş de başarısız oldu: ${message}`,
    unimportableCrashed:
      "Modülü içe aktarılamayan bir iş bütün programı çökertti: içe aktarma worker.ts'teki try'ın dışında başarısız oldu ve onu hiçbir şey yakalamadı.",
    unimportableKept:
      "Modülü içe aktarılamayan bir işin promise'i reddedilmedi: başarısız bir içe aktarma, bir işin her hatası gibi geri gelmeli.",
    stoppedAfterUnimportable:
      'Modülü içe aktarılamayan bir işten sonra havuza verilen sıradaki iş hiç bitmedi.',
    unimportableHint:
      "job.module'ü çağrıyla aynı try'ın içinde içe aktarın: yüklenemeyen bir modül de her biri gibi başarısız bir iştir ve { ok: false, error } olarak geri gönderilir.",
    stoppedHint:
      "Hata fırlatan bir iş, Worker'ını da devirmemeli. Hatayı Worker içinde yakalayın (çağrının çevresinde try/catch), geri gönderin ve Worker'ın sıradaki işini beklemesine izin verin.",
  },
  printsGotAJob: {
    name: 'her iş için "Worker {id} got a job; executing." yazar',
    ...oneLinePerJobTr,
  },
  servesDuringSleep: {
    name: 'bir /sleep sürerken GET / isteğini yanıtlar',
    notPooled:
      'Sunucunuz GET / isteğini ancak kendinden önceki /sleep bittikten sonra yanıtladı ve hiçbir Worker iş aldığını söylemedi: istekler hâlâ ana iş parçacığında, birer birer çalışıyor.',
    notPooledHint:
      "server.ts içinde her isteği havuza verin: await pool.execute({ module, name: 'respond', args: [request] }) ve geri gelen baytları gönderin.",
    oneAtATime: (poolSize: number) =>
      `POOL_SIZE=${poolSize} olduğu hâlde sunucunuz GET / isteğini ancak kendinden önceki /sleep bittikten sonra yanıtladı: havuzunuz işleri birer birer çalıştırıyor.`,
    oneAtATimeHint: whileLetTr,
  },
  runsPoolSizeSleepsAtOnce: {
    name: 'POOL_SIZE kadar yavaş isteği aynı anda çalıştırır, sıradakini bir iş parçacığı boşalınca',
    timer: (poolSize: number) =>
      `POOL_SIZE=${poolSize} olan bir sunucuda üç /sleep isteği birlikte bitti ve hiçbir Worker iş aldığını söylemedi: /sleep bir zamanlayıcıyla bekliyor, bu yüzden aynı anda kaç tanesinin çalışacağını hiçbir şey sınırlamıyor.`,
    timerHint:
      'Bir zamanlayıcı (await setTimeout) beklerken iş parçacığını geri verir; istekler hiç sıraya girmez ve havuza iş kalmaz. 5. adımdaki engelleyen uykuyu respond.ts içinde tutun ve onu havuzun iş parçacıkları çalıştırsın: o zaman aynı anda kaç isteğin uyuyacağına POOL_SIZE karar verir.',
    threadPerRequest: (threads: number, poolSize: number) =>
      `Sunucunuz POOL_SIZE=${poolSize} ile ${threads} iş parçacığı başlattı: havuzunkileri yeniden kullanmak yerine istekler için yeni iş parçacıkları başlatıyor.`,
    threadPerRequestHint:
      'Sunucu başlarken, bağlantı işleyicisinin dışında tek bir ThreadPool oluşturun ve her isteği ona verin. Bölüm nedenini söyler: her istek için bir iş parçacığı olursa, bir istek seli makineyi tüketebilir.',
    unbounded: (poolSize: number) =>
      `POOL_SIZE=${poolSize} olan bir sunucuda üç /sleep isteği birlikte bitti: aynı anda havuzun iş parçacığı sayısından fazlası çalıştı.`,
    unboundedHint:
      "/sleep'i aynı anda hiçbir zaman POOL_SIZE'dan fazla iş parçacığı çalıştırmamalı; üçüncü istek, biri boşalana kadar kuyrukta bekler.",
    oneAtATime: (poolSize: number) =>
      `POOL_SIZE=${poolSize} olduğu hâlde sunucunuz üç /sleep isteğini art arda çalıştırdı.`,
    notPooled:
      'Sunucunuz üç /sleep isteğini art arda çalıştırdı ve hiçbir Worker iş aldığını söylemedi: istekler hâlâ ana iş parçacığında çalışıyor.',
  },
  holdsThreadForWholeSleep: {
    name: 'bir /sleep boyunca Worker iş parçacığını elinde tutar',
    timer: (ms: number, ticks: number) =>
      `respond() bir /sleep üzerinde çalışırken (${inTurkish.milliseconds(ms)}) Worker iş parçacığı ${ticks} kez başka kod çalıştırabildi: uyku, engellemek yerine bir zamanlayıcıyla bekliyor.`,
    hint: "5. adımdaki engelleyen uykuyu, Atomics.wait'i, respond.ts içinde tutun: havuz, bir iş parçacığını elinde tutan işleri çalıştırmak için var. Zamanlayıcıyla iş parçacığı beklerken başka işler alabilir ve yavaş istekleri sınırlayan artık POOL_SIZE olmaz.",
  },
  startsFourThreadsByDefault: {
    name: 'POOL_SIZE verilmediğinde 4 iş parçacığı başlatır',
    count: (started: number, size: number) =>
      `POOL_SIZE olmadan başlatılan sunucunuz ${started} Worker iş parçacığı başlattı; varsayılan ${size}.`,
    hint: 'Boyutu bir varsayılanla okuyun: new ThreadPool(Number(process.env.POOL_SIZE ?? 4)).',
  },
  printsWhichWorkerTookRequest: {
    name: "her isteği, olmayan bir sayfanınkini de, hangi Worker'ın aldığını yazar",
    ...oneLinePerJobTr,
    notOnPool:
      "Worker'larınız her GET / için bir satır yazdırdı, ama GET /missing için hiç yazdırmadı: onun 404'ü ana iş parçacığında oluşturuldu.",
    notOnPoolHint:
      'Her yanıt havuzda oluşturulur, bir 404 de: ayrıştırılan her isteği havuza verin, sayfayı orada respond() seçsin.',
  },
  buildsOnNetAlone: {
    name: 'node:http ya da bir çatı (framework) olmadan yalnızca node:net üzerine kurulur',
  },
};

export const m = localized({ en, tr });

/** The starter's TODO errors, and what this step's finished code prints, as a Turkish learner reads them. */
export const starterInTurkish: StarterInTurkish = {
  todos: {
    'create the pool and its workers': "havuzu ve Worker'larını oluşturun",
    'queue the job for a free worker': 'işi boşalacak bir Worker için kuyruğa koyun',
    "start the worker's thread": "Worker'ın iş parçacığını başlatın",
    'run a job on this thread': 'bir işi bu iş parçacığında çalıştırın',
    'take jobs from the pool and run them': 'havuzdan iş alıp çalıştırın',
    'run one job': 'bir iş çalıştırın',
  },
  printed: {
    'A thread pool needs a whole number of threads, 1 or more, not ':
      'Bir iş parçacığı havuzunun boyutu 1 ya da daha büyük bir tam sayı olmalı; verilen: ',
  },
};
