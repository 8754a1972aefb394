import type { StarterInTurkish } from '../../scripts/harness/starter-texts.ts';
import { localized } from '../../scripts/shared/i18n/localized.ts';
import { dative, possessive } from '../../scripts/shared/i18n/turkish-suffixes.ts';

const poolHint =
  'Build the ThreadPool around one Piscina: new Piscina({ filename, minThreads: size, maxThreads: size, workerData }), where filename is the URL of worker-entry.mjs. execute(job) returns piscina.run(job). See "Your task" in README.md.';

const en = {
  runsJobsOnPiscina: {
    name: 'runs its jobs on piscina, not on threads of its own',
    missing: 'thread-pool.ts does not import piscina.',
    ownThreads:
      'thread-pool.ts still imports node:worker_threads: the pool still makes threads of its own.',
    hint: `This step swaps the inside of your pool for piscina and keeps its outside: import { Piscina } from 'piscina', and let piscina make, feed and end the threads. ${poolHint}`,
  },
  refusesBadSizes: {
    name: 'refuses a pool size that is not a whole number of at least 1, with a RangeError that names it',
    accepted: (size: string, name: string) =>
      `new ThreadPool(${size}) did not throw a RangeError${name ? `, but a ${name}` : ''}.`,
    unnamed: (size: string, message: string) =>
      `new ThreadPool(${size}) threw "${message}", which does not name the size it was given.`,
    refusedValid: 'new ThreadPool(2) threw.',
    hint: "piscina checks its options too, but with its own words and types (a TypeError about minThreads, and nothing at all for 2.5): keep your own check from step 6 at the top of the constructor, before you create the Piscina, and let the pool's users read their mistake in the pool's terms.",
  },
  runsNoMoreJobsThanThreads: {
    name: 'starts all its threads up front and runs no more jobs at once than it has threads',
    upFront: (started: number, size: number) =>
      `new ThreadPool(${size}) started ${started} threads when it was created, not ${size}.`,
    shared: (size: number, ids: string) =>
      `${size} jobs given at once did not run on ${size} threads of their own: they ran on threads ${ids} (0 is the main thread).`,
    grew: (created: number, size: number) =>
      `A ThreadPool of ${size} created ${created} threads: piscina added threads when jobs waited.`,
    notParallel: (atOnce: number, size: number) =>
      `${size} jobs given at once to a ThreadPool of ${size} ran at most ${atOnce} at a time.`,
    early: (size: number) =>
      `Job ${size + 1}, given to a busy ThreadPool of ${size}, started before a thread was free.`,
    hint: `piscina's defaults suit a pool that grows and shrinks with the load: half the CPUs at first, up to one and a half times as many. The chapter's pool is fixed: give minThreads and maxThreads the same size. ${poolHint}`,
  },
  runsWaitingJobsInOrder: {
    name: 'runs waiting jobs first come, first served',
    order: (order: string) =>
      `Four jobs given one after another to a ThreadPool of one thread started in the order ${order}, not 1, 2, 3, 4.`,
    hint: "piscina's queue is first in, first out, except for a job that finds every thread busy when it is given: by default it goes back to the end of the queue, behind jobs that came after it. The option stricterFIFO: true puts it back at the front.",
  },
  rejectsFailedJobAndGoesOn: {
    name: 'rejects with the error a job throws, and runs the next job',
    lost: (text: string) =>
      `A job that threw an Error("${text}") did not reject execute()'s promise with that error.`,
    nextFailed: 'After a job threw, the next job on the same pool failed.',
    hint: 'piscina rejects the promise of run() with what the job threw, and keeps its thread. In worker.ts, let run() throw: no try/catch and no { ok, error } envelope, which were the messages of your own pool.',
  },
  printsGotAJobFromZero: {
    name: 'prints "Worker {id} got a job; executing." for every job, ids from 0',
    noneHint:
      'Print the line at the top of run() in worker.ts, the function piscina calls with each job: console.log(`Worker ${id} got a job; executing.`).',
    count: (printed: number, jobs: number) =>
      `Your pool printed "Worker {id} got a job; executing." ${printed} times for ${jobs} jobs.`,
    countHint:
      'Print the line once in run(), which piscina calls once per job, at its top, before the job runs and before its module is imported (a job that throws, or whose module cannot be imported, was taken too), and nowhere else: not when the thread starts.',
    ids: (ids: string, size: number) =>
      `The lines named workers ${ids}, but a pool of ${size} numbers its workers 0 to ${size - 1}.`,
    idsHint:
      "piscina gives every thread the same workerData, so no thread is told its number: give them a counter to share, workerData: { ids: new SharedArrayBuffer(4) }, and let each thread take its number once, when its module loads: Atomics.add(new Int32Array(workerData.ids), 0, 1). threadId won't do: it counts every thread of the process, from 1.",
  },
  letsJobsFinishOnClose: {
    name: 'lets running and waiting jobs finish when it is closed, ends its threads, and refuses later jobs',
    noClose: (error: string) => `close() failed: ${error}`,
    cutOff: (unfinished: number) =>
      `close() resolved while ${unfinished} of the jobs given before it had still not finished.`,
    jobFailed: (error: string) => `A job given before close() failed: ${error}`,
    threadsLeft: (left: number, created: number) =>
      `close() resolved while ${left} of the pool's ${created} threads were still running.`,
    failedWithJob:
      'close() failed as soon as one of the jobs given before it failed: the other jobs were still running, and piscina was never closed.',
    failedWithJobHint:
      'Wait for the jobs given with Promise.allSettled(), which waits for every one of them, failed or not; Promise.all() gives up at the first failure.',
    notError: (kind: string) =>
      `execute() after close() rejected with a ${kind}, not an Error: a caller that reads error.message gets undefined.`,
    secondEarly: (left: number, created: number) =>
      `A second close() resolved while ${left} of the pool's ${created} threads were still running.`,
    secondEarlyHint:
      'Keep the promise of the first close() (this.#closing ??= …) and return it to every later call: each caller may go on only once the threads have ended.',
    lateAccepted:
      'execute() after close() did not reject with an error that says why: the pool took a job after it was closed, or hung, or said nothing.',
    unexplained: (message: string) =>
      `execute() after close() rejected with "${message}", which does not say that the pool is closed.`,
    lateRan:
      'execute() after close() rejected, but the job still ran on a thread: it printed its job line.',
    thrownAtOnce:
      'execute() after close() threw at once instead of returning a rejected promise: a caller that chains .then() or .catch() on it never gets there.',
    hint: 'Let close() return piscina.close(), called once: it lets the running and the queued jobs finish, then ends every thread. piscina.destroy() ends the threads at once, in the middle of their jobs.',
    lateHint:
      'Remember that close() was called, and from then on make execute() return Promise.reject(new Error(…)) with a message that says the pool is closed, before piscina is asked.',
  },
  closesAtEndOfAwaitUsing: {
    name: 'closes itself at the end of an await using block',
    notDisposable: (error: string) => `await using pool = new ThreadPool(2) failed: ${error}`,
    left: (left: number) => `After the await using block, ${left} of the pool's threads still ran.`,
    cutOff: (jobs: number) =>
      `${jobs} of the 3 jobs given in the await using block, and not awaited there, had not finished when the block ended.`,
    hint: '[Symbol.asyncDispose]() should return close(), so the block ends only once every thread has.',
  },
  servesRootWhileEveryThreadSleeps: {
    name: 'answers GET / while every thread runs a /sleep, and runs POOL_SIZE /sleeps at a time',
    blocked: 'GET / waited for a /sleep on piscina: it was answered after the first /sleep ended.',
    oneAtATime: (poolSize: number) =>
      `Two of three /sleep requests sent at once did not end together, though POOL_SIZE=${poolSize}: the pool ran one job at a time.`,
    unbounded: (poolSize: number) =>
      `Three /sleep requests sent at once all ended together, though POOL_SIZE=${poolSize}: more jobs ran at once than the pool has threads.`,
    threads: (alive: number, poolSize: number) =>
      `Your server had ${alive} threads running at once with POOL_SIZE=${poolSize}.`,
    hint: `server.ts is as in step 9: only /sleep goes to the pool, and GET / is answered on the main thread. If that holds, look at the pool's size. ${poolHint}`,
  },
  finishesSleepAndClosesPiscinaOnSigterm: {
    name: 'finishes a /sleep in flight on SIGTERM, closes piscina and exits with code 0',
    cutOff: (how: string) =>
      `Your server ${how} without finishing the /sleep it was running when SIGTERM arrived.`,
    noExit: (how: string) =>
      `Your server ${how} after SIGTERM, once its last request was answered: expected to exit with code 0.`,
    hint: "piscina's threads keep the process alive until piscina.close() (or destroy()) has ended them. ThreadPool.close() must await it; server.ts closes the pool in server.close()'s callback, as in step 9.",
    noJobLine:
      'Your server answered /sleep without any worker printing "Worker {id} got a job; executing.".',
    noJobLineHint:
      'Send /sleep to the pool, and print the line in run() in worker.ts, the function piscina calls with each job.',
  },
};

const poolHintTr =
  'ThreadPool\'u tek bir Piscina etrafında kurun: new Piscina({ filename, minThreads: size, maxThreads: size, workerData }); burada filename, worker-entry.mjs dosyasının URL\'sidir. execute(job), piscina.run(job) sonucunu döndürür. README.tr.md içindeki "Göreviniz" bölümüne bakın.';

const tr: typeof en = {
  runsJobsOnPiscina: {
    name: 'işlerini kendi iş parçacıklarında değil, piscina üzerinde çalıştırır',
    missing: "thread-pool.ts, piscina'yı içe aktarmıyor (import).",
    ownThreads:
      'thread-pool.ts hâlâ node:worker_threads modülünü içe aktarıyor: havuz hâlâ kendi iş parçacıklarını oluşturuyor.',
    hint: `Bu adım havuzunuzun içini piscina ile değiştirir, dışını olduğu gibi bırakır: import { Piscina } from 'piscina' yazın; iş parçacıklarını oluşturmayı, onlara iş vermeyi ve onları bitirmeyi piscina'ya bırakın. ${poolHintTr}`,
  },
  refusesBadSizes: {
    name: '1 ya da daha büyük bir tam sayı olmayan havuz boyutunu, boyutu anan bir RangeError ile reddeder',
    accepted: (size: string, name: string) =>
      `new ThreadPool(${size}) bir RangeError fırlatmadı${name ? `; bir ${name} fırlattı` : ''}.`,
    unnamed: (size: string, message: string) =>
      `new ThreadPool(${size}) "${message}" fırlattı; bu mesaj verilen boyutu anmıyor.`,
    refusedValid: 'new ThreadPool(2) hata fırlattı.',
    hint: "piscina da seçeneklerini denetler, ama kendi sözleri ve türleriyle (minThreads üzerine bir TypeError; 2.5 içinse hiçbir şey): 6. adımdaki kendi denetiminizi yapıcının başında, Piscina'yı oluşturmadan önce koruyun; havuzu kullananlar hatalarını havuzun diliyle okusun.",
  },
  runsNoMoreJobsThanThreads: {
    name: 'bütün iş parçacıklarını baştan başlatır ve aynı anda iş parçacığı sayısından fazla iş çalıştırmaz',
    upFront: (started: number, size: number) =>
      `new ThreadPool(${size}) oluşturulurken ${size} değil ${started} iş parçacığı başlattı.`,
    shared: (size: number, ids: string) =>
      `Aynı anda verilen ${size} iş, her biri kendi iş parçacığında çalışmadı: ${ids} numaralı iş parçacıklarında çalıştı (0 ana iş parçacığıdır).`,
    grew: (created: number, size: number) =>
      `${size} iş parçacıklı bir ThreadPool ${created} iş parçacığı oluşturdu: işler beklerken piscina yeni iş parçacıkları ekledi.`,
    notParallel: (atOnce: number, size: number) =>
      `${size} iş parçacıklı bir ThreadPool'a aynı anda verilen ${size} işin en fazla ${atOnce} tanesi aynı anda çalıştı.`,
    early: (size: number) =>
      `${size} iş parçacıklı meşgul bir ThreadPool'a verilen ${size + 1}. iş, bir iş parçacığı boşalmadan başladı.`,
    hint: `piscina'nın varsayılanları yüke göre büyüyüp küçülen bir havuza uygundur: başta CPU sayısının yarısı, en fazla bir buçuk katı. Bölümdeki havuz ise sabittir: minThreads ve maxThreads değerlerine aynı boyutu verin. ${poolHintTr}`,
  },
  runsWaitingJobsInOrder: {
    name: 'bekleyen işleri geliş sırasıyla çalıştırır',
    order: (order: string) =>
      `Tek iş parçacıklı bir ThreadPool'a art arda verilen dört iş 1, 2, 3, 4 sırasıyla değil ${order} sırasıyla başladı.`,
    hint: "piscina'nın kuyruğu ilk giren ilk çıkar (FIFO) kuyruğudur; verildiği anda bütün iş parçacıklarını meşgul bulan bir iş dışında: o, varsayılan olarak kuyruğun sonuna, kendisinden sonra gelen işlerin arkasına döner. stricterFIFO: true seçeneği onu kuyruğun başına koyar.",
  },
  rejectsFailedJobAndGoesOn: {
    name: 'bir işin fırlattığı hatayla reddeder ve sıradaki işi çalıştırır',
    lost: (text: string) =>
      `Error("${text}") fırlatan bir iş, execute()'un promise'ini bu hatayla reddetmedi.`,
    nextFailed: 'Bir iş hata fırlattıktan sonra aynı havuzdaki sıradaki iş başarısız oldu.',
    hint: "piscina, run()'ın promise'ini işin fırlattığı şeyle reddeder ve iş parçacığını korur. worker.ts içinde run() hata fırlatsın: try/catch yok, kendi havuzunuzun mesajları olan { ok, error } zarfı da yok.",
  },
  printsGotAJobFromZero: {
    name: 'her iş için 0\'dan başlayan kimliklerle "Worker {id} got a job; executing." yazar',
    noneHint:
      "Satırı, piscina'nın her işle çağırdığı fonksiyon olan worker.ts içindeki run()'ın başında yazdırın: console.log(`Worker ${id} got a job; executing.`).",
    count: (printed: number, jobs: number) =>
      `Havuzunuz ${jobs} iş için "Worker {id} got a job; executing." satırını ${printed} kez yazdı.`,
    countHint:
      "Satırı, piscina'nın her iş için bir kez çağırdığı run() içinde, en başta, iş çalışmadan ve modülü içe aktarılmadan önce bir kez yazdırın (hata fırlatan ya da modülü içe aktarılamayan bir iş de alınmış bir iştir); başka hiçbir yerde değil: iş parçacığı başlarken de değil.",
    ids: (ids: string, size: number) =>
      `Satırlar ${ids} numaralı Worker'ları andı, ama ${size} iş parçacıklı bir havuz Worker'larını 0'dan ${dative(size - 1)} kadar numaralar.`,
    idsHint:
      "piscina her iş parçacığına aynı workerData değerini verir, yani hiçbir iş parçacığına numarası söylenmez: onlara paylaşacakları bir sayaç verin, workerData: { ids: new SharedArrayBuffer(4) }, ve her iş parçacığı numarasını modülü yüklenirken bir kez alsın: Atomics.add(new Int32Array(workerData.ids), 0, 1). threadId işe yaramaz: sürecin bütün iş parçacıklarını 1'den başlayarak sayar.",
  },
  letsJobsFinishOnClose: {
    name: 'kapatılınca çalışan ve bekleyen işlerin bitmesine izin verir, iş parçacıklarını bitirir ve sonraki işleri reddeder',
    noClose: (error: string) => `close() başarısız oldu: ${error}`,
    cutOff: (unfinished: number) =>
      `close(), kendisinden önce verilen işlerin ${possessive(unfinished)} henüz bitmemişken sonuçlandı.`,
    jobFailed: (error: string) =>
      `close() çağrılmadan önce verilen bir iş başarısız oldu: ${error}`,
    threadsLeft: (left: number, created: number) =>
      `close(), havuzun ${created} iş parçacığının ${possessive(left)} hâlâ çalışırken sonuçlandı.`,
    failedWithJob:
      'close(), kendisinden önce verilen işlerden biri başarısız olur olmaz başarısız oldu: öteki işler hâlâ çalışıyordu ve piscina hiç kapatılmadı.',
    failedWithJobHint:
      'Verilen işleri, başarısız olsun olmasın her birini bekleyen Promise.allSettled() ile bekleyin; Promise.all() ilk başarısızlıkta bekleyişi bırakır.',
    notError: (kind: string) =>
      `close()'tan sonra çağrılan execute() bir Error ile değil, bir ${kind} değeriyle reddetti: error.message'ı okuyan çağıran undefined alır.`,
    secondEarly: (left: number, created: number) =>
      `İkinci close(), havuzun ${created} iş parçacığının ${possessive(left)} hâlâ çalışırken sonuçlandı.`,
    secondEarlyHint:
      "İlk close()'un promise'ini saklayın (this.#closing ??= …) ve sonraki her çağrıya onu döndürün: her çağıran ancak iş parçacıkları bittiğinde devam edebilmeli.",
    lateAccepted:
      'close() sonrasındaki execute(), nedenini söyleyen bir hatayla reddetmedi: havuz kapatıldıktan sonra bir iş aldı, ya da takılı kaldı, ya da hiçbir şey söylemedi.',
    unexplained: (message: string) =>
      `close()'tan sonra çağrılan execute() "${message}" ile reddetti; bu, havuzun kapalı olduğunu söylemiyor.`,
    lateRan:
      "close()'tan sonra çağrılan execute() reddetti, ama iş yine de bir iş parçacığında çalıştı: iş satırını yazdırdı.",
    thrownAtOnce:
      "close()'tan sonra çağrılan execute(), reddedilmiş bir promise döndürmek yerine hemen hata fırlattı: ona .then() ya da .catch() bağlayan çağıran oraya hiç ulaşamaz.",
    hint: 'close(), bir kez çağrılan piscina.close() sonucunu döndürsün: o, çalışan ve kuyrukta bekleyen işlerin bitmesine izin verir, sonra bütün iş parçacıklarını bitirir. piscina.destroy() ise iş parçacıklarını işlerinin ortasında, hemen bitirir.',
    lateHint:
      "close() çağrıldığını bir değişkende tutun ve o andan sonra execute(), piscina'ya sormadan, havuzun kapalı olduğunu söyleyen bir mesajla Promise.reject(new Error(…)) döndürsün.",
  },
  closesAtEndOfAwaitUsing: {
    name: 'bir await using bloğunun sonunda kendini kapatır',
    notDisposable: (error: string) =>
      `await using pool = new ThreadPool(2) başarısız oldu: ${error}`,
    left: (left: number) =>
      `await using bloğundan sonra havuzun ${left} iş parçacığı hâlâ çalışıyordu.`,
    cutOff: (jobs: number) =>
      `await using bloğunda verilen ve orada beklenmeyen 3 işten ${jobs} tanesi blok bittiğinde bitmemişti.`,
    hint: '[Symbol.asyncDispose]() close() sonucunu döndürmeli; böylece blok ancak bütün iş parçacıkları bitince biter.',
  },
  servesRootWhileEveryThreadSleeps: {
    name: 'her iş parçacığı bir /sleep çalıştırırken GET / isteğini yanıtlar ve aynı anda POOL_SIZE kadar /sleep çalıştırır',
    blocked:
      'GET / isteği piscina üzerindeki bir /sleep isteğini bekledi: ilk /sleep bittikten sonra yanıtlandı.',
    oneAtATime: (poolSize: number) =>
      `Aynı anda gönderilen üç /sleep isteğinden ikisi birlikte bitmedi; oysa POOL_SIZE=${poolSize}: havuz işleri birer birer çalıştırdı.`,
    unbounded: (poolSize: number) =>
      `Aynı anda gönderilen üç /sleep isteğinin üçü de birlikte bitti; oysa POOL_SIZE=${poolSize}: havuzdaki iş parçacığı sayısından fazla iş aynı anda çalıştı.`,
    threads: (alive: number, poolSize: number) =>
      `Sunucunuzda POOL_SIZE=${poolSize} iken aynı anda ${alive} iş parçacığı çalıştı.`,
    hint: `server.ts 9. adımdaki gibidir: havuza yalnızca /sleep gider, GET / ana iş parçacığında yanıtlanır. Bu doğruysa havuzun boyutuna bakın. ${poolHintTr}`,
  },
  finishesSleepAndClosesPiscinaOnSigterm: {
    name: "SIGTERM gelince süren bir /sleep isteğini bitirir, piscina'yı kapatır ve 0 koduyla çıkar",
    cutOff: (how: string) =>
      `Sunucunuz, SIGTERM geldiğinde çalıştırmakta olduğu /sleep isteğini bitirmeden ${how}.`,
    noExit: (how: string) =>
      `Sunucunuz SIGTERM geldikten ve son isteği yanıtlandıktan sonra ${how}: 0 koduyla çıkması bekleniyordu.`,
    hint: "piscina'nın iş parçacıkları, piscina.close() (ya da destroy()) onları bitirene kadar süreci ayakta tutar. ThreadPool.close() onu await etmeli; server.ts de 9. adımdaki gibi havuzu server.close()'un geri çağırma fonksiyonunda kapatır.",
    noJobLine:
      'Sunucunuz, hiçbir Worker "Worker {id} got a job; executing." yazmadan /sleep isteğini yanıtladı.',
    noJobLineHint:
      "/sleep isteğini havuza gönderin ve satırı, piscina'nın her işle çağırdığı worker.ts içindeki run() fonksiyonunda yazdırın.",
  },
};

export const m = localized({ en, tr });

/** The starter's TODO errors as a Turkish learner reads them. */
export const starterInTurkish: StarterInTurkish = {
  todos: {
    'create a Piscina here, not threads of your own':
      'burada kendi iş parçacıklarınızı değil, bir Piscina oluşturun',
  },
};
