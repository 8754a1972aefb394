import { localized } from '../../shared/i18n/localized.ts';
import { inEnglish, inTurkish } from '../../shared/i18n/numbers.ts';

// What the checks say when a run of the learner's thread pool could not even play out.

const en = {
  jobLineMissing: 'Your pool ran jobs without printing "Worker {id} got a job; executing.".',
  jobLineAfterJob:
    'A job printed a line of its own while it ran, and its thread\'s "Worker {id} got a job; executing." came only after it: the line must come before the job runs.',
  jobLineAlmost: (line: string) =>
    `Your pool printed "${line}", which is close but not the exact line.`,
  jobLineAlmostHint:
    'Print exactly this, with the id in place of 0: Worker 0 got a job; executing.',
  loadFailed: (error: string) => `thread-pool.ts could not be loaded: ${error}`,
  noClass: 'it exports no class named ThreadPool',
  loadFailedHint:
    'Run `npx tsc --noEmit` to see syntax and type errors with their line numbers, and make sure thread-pool.ts exports the class: export class ThreadPool { … }.',
  crashed: (error: string) => `Your thread pool crashed the program that used it: ${error}`,
  crashedHint:
    "An error thrown in a worker thread outside a job, or an 'error' event nobody listens to, ends the whole program. The stack below shows where it came from.",
  createFailed: (size: number, error: string) => `new ThreadPool(${size}) threw: ${error}`,
  createFailedHint:
    "The constructor creates the workers, each with its thread: new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { id } }).",
  jobFailed: (error: string) => `A job given to execute() failed: ${error}`,
  jobFailedHint:
    'The checks give your pool jobs of their own: { module, name, args }. The worker must import job.module, call its export named job.name with ...job.args, and send back what it returns.',
  ended: (how: string) => `The program using your thread pool ${how} before its jobs were done.`,
  endedHint:
    'Look for process.exit() in your pool or worker code: a thread pool should never end the program that uses it.',
  neverLoaded: (seconds: number) =>
    `After ${inEnglish.seconds(seconds)}, thread-pool.ts had still not finished loading, or new ThreadPool() had not returned.`,
  neverLoadedHint:
    'Look for a loop that never ends at the top level of thread-pool.ts or in the constructor, or for a wait that blocks the thread, such as Atomics.wait.',
  unfinished: (seconds: number, waiting: string) =>
    `After ${inEnglish.seconds(seconds)}, these were still waiting: ${waiting}.`,
  unfinishedHint:
    'Every execute() must settle its promise once its job is done. Check that each worker sends back a message for every job, that the pool hands the next queued job to a worker that is free again, and that nothing waits for an answer that never comes.',
  exitedWithCode: (code: number) => `exited with code ${code}`,
  killedBySignal: (signal: string) => `was ended by ${signal}`,
};

const tr: typeof en = {
  jobLineMissing: 'Havuzunuz işleri "Worker {id} got a job; executing." yazmadan çalıştırdı.',
  jobLineAfterJob:
    'Bir iş çalışırken kendi satırını yazdırdı, iş parçacığının "Worker {id} got a job; executing." satırı ise ancak ondan sonra geldi: bu satır iş çalışmadan önce gelmelidir.',
  jobLineAlmost: (line: string) =>
    `Havuzunuz "${line}" yazdı; yakın, ama tam olarak beklenen satır değil.`,
  jobLineAlmostHint:
    '0 yerine kimlik gelecek şekilde tam olarak şunu yazdırın: Worker 0 got a job; executing.',
  loadFailed: (error: string) => `thread-pool.ts yüklenemedi: ${error}`,
  noClass: 'ThreadPool adında bir sınıfı dışa aktarmıyor (export)',
  loadFailedHint:
    '`npx tsc --noEmit` çalıştırarak sözdizimi ve tür hatalarını satır numaralarıyla görün; thread-pool.ts dosyasının sınıfı dışa aktardığından (export class ThreadPool { … }) emin olun.',
  crashed: (error: string) => `İş parçacığı havuzunuz onu kullanan programı çökertti: ${error}`,
  crashedHint:
    "Bir Worker iş parçacığında bir işin dışında fırlatılan hata ya da kimsenin dinlemediği bir 'error' olayı bütün programı bitirir. Nereden geldiğini aşağıdaki yığın izi (stack trace) gösteriyor.",
  createFailed: (size: number, error: string) => `new ThreadPool(${size}) hata fırlattı: ${error}`,
  createFailedHint:
    "Kurucu (constructor) Worker'ları, her birini kendi iş parçacığıyla oluşturur: new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { id } }).",
  jobFailed: (error: string) => `execute() ile verilen bir iş başarısız oldu: ${error}`,
  jobFailedHint:
    'Kontroller havuzunuza kendi işlerini verir: { module, name, args }. Worker job.module modülünü içe aktarmalı (import), job.name adlı dışa aktarımını ...job.args ile çağırmalı ve döndürdüğünü geri göndermeli.',
  ended: (how: string) => `İş parçacığı havuzunuzu kullanan program, işleri bitmeden ${how}.`,
  endedHint:
    'Havuzunuzda ya da Worker kodunuzda process.exit() arayın: bir iş parçacığı havuzu, onu kullanan programı asla bitirmemeli.',
  neverLoaded: (seconds: number) =>
    `${inTurkish.seconds(seconds)} sonra thread-pool.ts hâlâ yüklenmeyi bitirmemişti ya da new ThreadPool() dönmemişti.`,
  neverLoadedHint:
    'thread-pool.ts dosyasının en üst düzeyinde ya da kurucuda hiç bitmeyen bir döngü, ya da iş parçacığını engelleyen Atomics.wait gibi bir bekleyiş arayın.',
  unfinished: (seconds: number, waiting: string) =>
    `${inTurkish.seconds(seconds)} sonra bunlar hâlâ bekliyordu: ${waiting}.`,
  unfinishedHint:
    "Her execute() çağrısı, işi bitince promise'ini sonuçlandırmalı. Her Worker'ın her iş için bir mesaj geri gönderdiğini, havuzun kuyrukta bekleyen sıradaki işi yeniden boşalan bir Worker'a verdiğini ve hiçbir şeyin hiç gelmeyecek bir yanıtı beklemediğini kontrol edin.",
  exitedWithCode: (code: number) => `${code} koduyla sonlandı`,
  killedBySignal: (signal: string) => `${signal} sinyaliyle sonlandırıldı`,
};

export const m = localized({ en, tr });
