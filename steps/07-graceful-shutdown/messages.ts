import type { StarterInTurkish } from '../../scripts/harness/starter-texts.ts';
import { localized } from '../../scripts/shared/i18n/localized.ts';
import { inEnglish, inTurkish } from '../../scripts/shared/i18n/numbers.ts';
import { possessive } from '../../scripts/shared/i18n/turkish-suffixes.ts';

const shutdownLines = {
  almost: (line: string) => `Your pool printed "${line}", which is close but not the exact line.`,
  almostHint: 'Print exactly this, with the id in place of 0: Shutting down worker 0',
  missing: (ids: string) =>
    `Your pool never printed "Shutting down worker {id}" for worker ${ids}.`,
  missingHint:
    'In close(), once the jobs are done, print "Shutting down worker {id}" for each worker as you tell it to stop, as the chapter\'s Drop does before it joins each thread.',
  repeated: (line: string, times: number) => `Your pool printed "${line}" ${times} times.`,
  repeatedHint:
    'Shut each worker down once, even when close() is called again: keep the promise of the first call, and return it to later ones.',
};
const signalHint =
  "Give process.once() a handler for 'SIGTERM' and one for 'SIGINT' (Ctrl+C). Without one, Node ends at once, in the middle of whatever it was doing.";

const en = {
  answersBadRequest: { name: 'answers a malformed request with 400 Bad Request' },
  letsJobsFinishOnClose: {
    name: 'lets running and waiting jobs finish when it is closed',
    noClose: (error: string) => `close() failed: ${error}`,
    noCloseHint:
      'Add a close() method to ThreadPool that returns a promise: it resolves once the jobs are done and every thread has ended.',
    cutOff: (unfinished: number) =>
      `close() resolved while ${unfinished} of the jobs given before it had still not finished.`,
    cutOffHint:
      'Before you stop any thread, wait until every job already given has settled: keep their promises, and await Promise.allSettled() on them. worker.terminate() is no way to stop a thread here: it pulls the plug in the middle of a job.',
    jobFailed: (error: string) => `A job given before close() failed: ${error}`,
    failedWithJob:
      'close() failed as soon as one of the jobs given before it failed: the other jobs were still running, and no thread was stopped.',
  },
  rejectsJobsAfterClose: {
    name: 'rejects a job given after close() with an error that says why',
    accepted: 'execute() took a job after close() had been called.',
    acceptedHint:
      'Remember that close() was called, and from then on make execute() return Promise.reject(new Error(…)) with a message that says the pool is closed.',
    hangs: 'execute() after close() returned a promise that never settled.',
    thrownAtOnce:
      'execute() after close() threw at once instead of returning a rejected promise: a caller that chains .then() or .catch() on it never gets there.',
    notError: (kind: string) =>
      `execute() after close() rejected with a ${kind}, not an Error: a caller that reads error.message gets undefined.`,
    silent: 'execute() after close() rejected with an empty message.',
    unexplained: (message: string) =>
      `execute() after close() rejected with "${message}", which does not say that the pool is closed.`,
    silentHint:
      'Reject with an Error whose message says what happened, for example: The thread pool is closed: it takes no new jobs.',
  },
  endsThreadsBeforeCloseResolves: {
    name: 'ends every thread before close() resolves',
    left: (left: number, created: number) =>
      `close() resolved while ${left} of the pool's ${created} threads were still running.`,
    leftHint:
      "Tell each worker there are no more jobs (post null: the chapter's closed channel), and let the worker's loop end: its thread then ends by itself. Resolve close() only after every thread's 'exit' event, as the chapter joins each thread.",
    secondEarly: (left: number, created: number) =>
      `A second call of close() resolved while ${left} of the pool's ${created} threads were still running.`,
    secondEarlyHint:
      'Keep the promise of the first close() and return it from every later call: this.#closing ??= this.#shutDown(); return this.#closing. Two signals must not make a second shutdown, nor one that reports itself done too soon.',
  },
  printsShuttingDownWorker: {
    name: 'prints "Shutting down worker {id}" for each worker, once its jobs have settled',
    ...shutdownLines,
    early:
      'Your pool printed "Shutting down worker {id}" while jobs it had taken were still waiting to run.',
    earlyHint:
      'In close(), first await Promise.allSettled() of the jobs already taken; only then, for each worker, print "Shutting down worker {id}" and tell it to stop.',
  },
  printsWorkerDisconnected: {
    name: 'prints "Worker {id} disconnected; shutting down." as each thread ends',
    almost: (line: string) =>
      `Your worker printed "${line}", which is close but not the exact line.`,
    almostHint:
      'Print exactly this, with the id in place of 0: Worker 0 disconnected; shutting down.',
    missing: (ids: string) =>
      `Worker ${ids} never printed "Worker {id} disconnected; shutting down.".`,
    missingHint:
      "In worker.ts, after the loop over the messages has ended on null, print the line, as the chapter's worker does when its channel closes.",
    repeated: (line: string, times: number) => `Your workers printed "${line}" ${times} times.`,
    repeatedHint:
      'Print it once, after the loop: each thread leaves its loop once, on the null that close() posts to it.',
    beforeTold: (id: number) =>
      `Worker ${id} disconnected before the pool printed "Shutting down worker ${id}": the pool's line came after the thread had ended, or never.`,
    beforeToldHint:
      'Print "Shutting down worker {id}" in close() as you tell that worker to stop, before you post null to it: the line says what the pool is doing, and the worker answers it with its own.',
  },
  closesAtEndOfAwaitUsing: {
    name: 'closes itself at the end of an await using block',
    notDisposable: (error: string) => `await using pool = new ThreadPool(2) failed: ${error}`,
    notDisposableHint:
      "`await using` calls the object's [Symbol.asyncDispose]() when the block ends. Give ThreadPool that method, and let it await close().",
    cutOff: (jobs: number) =>
      `${jobs} of the 3 jobs given in the await using block, and not awaited there, had not finished when the block ended.`,
    left: (left: number) => `After the await using block, ${left} of the pool's threads still ran.`,
    leftHint:
      '[Symbol.asyncDispose]() should return close(), so the block ends only once the pool has.',
  },
  finishesSleepInFlightOnSigterm: {
    name: 'finishes a /sleep in flight before it exits on SIGTERM',
    cutOff: (how: string) =>
      `Your server ${how} without finishing the /sleep it was running when SIGTERM arrived.`,
    cutOffHint:
      "Stop accepting connections with server.close(), and close the pool only in its callback: it runs once every open connection has ended, the running /sleep's included.",
  },
  answersHeadArrivingDuringSigterm: {
    name: 'answers a request whose head was still arriving when SIGTERM came',
    cutOff: (how: string) =>
      `Your server ${how} before it answered a request whose head was still arriving when SIGTERM came.`,
    refused: (statusLine: string) =>
      `A request whose head was still arriving when SIGTERM came got "${statusLine}" instead of hello.html.`,
    hint: 'Close the pool only once every open connection has ended, in the callback of server.close(): a request still on its way needs the pool too.',
  },
  refusesConnectionsAfterSigterm: {
    name: 'refuses new connections once SIGTERM has arrived',
    accepted:
      'Your server still accepted a new connection after SIGTERM, while it was finishing its last request.',
    keptListening:
      'Your server kept accepting connections after SIGTERM, until the moment it exited.',
    hint: 'On the signal, call server.close() first: it closes the listening socket at once, so new clients are refused, while the connections already open go on.',
  },
  exitsWithZeroAfterLastRequest: {
    name: 'exits with code 0 soon after SIGTERM once its last request is done',
    noHandler: (signal: string) =>
      `Your server was ended by ${signal} itself: it has no handler for it.`,
    noHandlerHint: signalHint,
    code: (code: number) =>
      `Your server exited with code ${code} after SIGTERM; a graceful shutdown ends with 0.`,
    codeHint:
      'Let the process end by itself once the server and the pool are closed: with nothing left to wait for, Node exits with code 0. process.exit(1) or an uncaught error gives another code.',
    calledExit:
      'Your server exited with code 0 after SIGTERM, but by calling process.exit() rather than by running out of work.',
    calledExitHint:
      'Remove the process.exit() call: once the server and the pool are closed, nothing keeps Node running, and it ends by itself with code 0. process.exit() ends it at once, cutting off output still on its way and anything else unfinished.',
    lingers: (seconds: number) =>
      `Your server was still running ${inEnglish.seconds(seconds)} after SIGTERM, though its last request was done.`,
    lingersHint:
      'Something keeps the process alive: a thread that was never told to stop, a connection or a timer. Check that close() stops every worker and that nothing else is left waiting.',
  },
  stopsEveryWorkerOnSigterm: {
    name: 'stops every worker and prints "Shutting down." on SIGTERM',
    noGoodbye: 'Your server exited without printing "Shutting down.".',
    noGoodbyeHint:
      'Print "Shutting down." once the server and the pool are closed, just before the process ends.',
    goodbyeEarly:
      'Your server printed "Shutting down." before its pool printed "Shutting down worker {id}" for every worker: the goodbye came while the pool was still closing.',
    goodbyeEarlyHint:
      'In the callback of server.close(), first await pool.close(), then print "Shutting down.": it is the last line, once everything has stopped.',
    ...shutdownLines,
  },
  shutsDownOnCtrlC: {
    name: 'shuts down the same way on Ctrl+C (SIGINT)',
    notHandled: (how: string) => `After Ctrl+C (SIGINT), your server ${how}.`,
    hint: signalHint,
  },
  endsAtOnceOnSecondCtrlC: {
    name: 'ends at once on a second Ctrl+C while it waits for a connection',
    lingers: (seconds: number) =>
      `A client stayed connected without sending anything; after Ctrl+C twice, your server still ran ${inEnglish.seconds(seconds)} later.`,
    hint: "A second Ctrl+C is how a person ends a server whose graceful shutdown waits too long. Listen with process.once('SIGINT', …): after the first signal the handler is gone, and the second one ends Node at once. With process.on(), every Ctrl+C calls shutDown() again, which does nothing.",
  },
  shutsDownOnceWhenAskedTwice: {
    name: 'shuts down once when asked twice, by SIGTERM and then Ctrl+C',
    twice: (times: number) =>
      `After SIGTERM and then Ctrl+C, your server printed "Shutting down." ${times} times: it closed the server and the pool twice.`,
    hint: 'Let shutDown() return at once when the server is no longer listening: if (!server.listening) return. Otherwise a second signal, or the connection that reaches MAX_REQUESTS during a shutdown, closes everything again.',
  },
  stopsAfterMaxRequests: {
    name: 'stops by itself after MAX_REQUESTS connections',
    stoppedEarly: (served: number) =>
      `With MAX_REQUESTS=2, your server stopped accepting connections after ${served}.`,
    stoppedEarlyHint:
      "Count every new connection and shut down when the count reaches MAX_REQUESTS, after taking that last connection, as the chapter's take(2) does.",
    keptRunning: (seconds: number) =>
      `With MAX_REQUESTS=2, your server still ran ${inEnglish.seconds(seconds)} after its second request.`,
    keptRunningHint:
      'Read MAX_REQUESTS from process.env (no limit when it is not set), count every connection at the top of the connection handler, before anything can go wrong with its request (a malformed request is a connection too), and call the same shut-down function as the signals when the count reaches it.',
    thirdAccepted:
      'With MAX_REQUESTS=2, your server accepted a third connection, after one that asked for / and one that had sent nothing yet.',
    code: (how: string) => `With MAX_REQUESTS=2, your server ${how} after two requests.`,
    codeHint:
      'After the last connection, shut down exactly as on SIGTERM: stop listening, let the request finish, close the pool, print "Shutting down.", and let the process end by itself.',
  },
  buildsOnNetAlone: { name: 'builds on node:net alone, without node:http or a framework' },
};

const shutdownLinesTr: typeof shutdownLines = {
  almost: (line: string) =>
    `Havuzunuz "${line}" yazdı; yakın, ama tam olarak beklenen satır değil.`,
  almostHint: '0 yerine kimlik gelecek şekilde tam olarak şunu yazdırın: Shutting down worker 0',
  missing: (ids: string) =>
    `Havuzunuz ${ids} numaralı Worker için "Shutting down worker {id}" satırını hiç yazmadı.`,
  missingHint:
    'close() içinde, işler bittikten sonra, her Worker\'a durmasını söylerken "Shutting down worker {id}" yazdırın; bölümdeki Drop da her iş parçacığını beklemeden (join) önce bunu yapar.',
  repeated: (line: string, times: number) => `Havuzunuz "${line}" satırını ${times} kez yazdı.`,
  repeatedHint:
    "close() yeniden çağrılsa bile her Worker'ı bir kez kapatın: ilk çağrının promise'ini saklayın ve sonraki çağrılara onu döndürün.",
};
const signalHintTr =
  "process.once() ile 'SIGTERM' için bir, 'SIGINT' (Ctrl+C) için bir işleyici verin. İşleyici yoksa Node, ne yapıyor olursa olsun, anında sonlanır.";

const tr: typeof en = {
  answersBadRequest: { name: 'bozuk bir isteğe 400 Bad Request ile yanıt verir' },
  letsJobsFinishOnClose: {
    name: 'kapatıldığında çalışan ve bekleyen işlerin bitmesine izin verir',
    noClose: (error: string) => `close() başarısız oldu: ${error}`,
    noCloseHint:
      "ThreadPool'a bir promise döndüren close() metodu ekleyin: işler bitip her iş parçacığı sona erdiğinde çözülür (resolve).",
    cutOff: (unfinished: number) =>
      `close(), kendisinden önce verilen işlerin ${possessive(unfinished)} hâlâ bitmemişken çözüldü.`,
    cutOffHint:
      "Herhangi bir iş parçacığını durdurmadan önce, önceden verilmiş her işin sonuçlanmasını bekleyin: promise'lerini saklayın ve onlar için await Promise.allSettled() kullanın. worker.terminate() burada bir iş parçacığını durdurmanın yolu değil: bir işin ortasında fişi çeker.",
    jobFailed: (error: string) => `close()'tan önce verilen bir iş başarısız oldu: ${error}`,
    failedWithJob:
      'close(), kendisinden önce verilen işlerden biri başarısız olur olmaz başarısız oldu: öteki işler hâlâ çalışıyordu ve hiçbir iş parçacığı durdurulmadı.',
  },
  rejectsJobsAfterClose: {
    name: 'close() çağrıldıktan sonra verilen bir işi nedenini söyleyen bir hatayla reddeder',
    accepted: 'execute(), close() çağrıldıktan sonra bir iş kabul etti.',
    acceptedHint:
      "close()'un çağrıldığını hatırlayın ve o andan sonra execute()'un, havuzun kapalı olduğunu söyleyen bir mesajla Promise.reject(new Error(…)) döndürmesini sağlayın.",
    hangs: "close()'tan sonra çağrılan execute() hiç sonuçlanmayan bir promise döndürdü.",
    thrownAtOnce:
      "close()'tan sonra çağrılan execute(), reddedilmiş bir promise döndürmek yerine hemen hata fırlattı: ona .then() ya da .catch() bağlayan çağıran oraya hiç ulaşamaz.",
    notError: (kind: string) =>
      `close()'tan sonra çağrılan execute() bir Error ile değil, bir ${kind} değeriyle reddetti: error.message'ı okuyan çağıran undefined alır.`,
    silent: "close()'tan sonra çağrılan execute() boş bir mesajla reddetti.",
    unexplained: (message: string) =>
      `close()'tan sonra çağrılan execute() "${message}" ile reddetti; bu, havuzun kapalı olduğunu söylemiyor.`,
    silentHint:
      'Ne olduğunu söyleyen bir mesajı olan bir Error ile reddedin, örneğin: The thread pool is closed: it takes no new jobs.',
  },
  endsThreadsBeforeCloseResolves: {
    name: 'close() çözülmeden önce bütün iş parçacıklarını sonlandırır',
    left: (left: number, created: number) =>
      `close(), havuzun ${created} iş parçacığının ${possessive(left)} hâlâ çalışırken çözüldü.`,
    leftHint:
      "Her Worker'a başka iş olmadığını söyleyin (null gönderin: bölümdeki kapatılan kanalın karşılığı) ve Worker'ın döngüsünün bitmesine izin verin: iş parçacığı da kendiliğinden sona erer. Bölümün her iş parçacığını beklemesi (join) gibi, close()'u ancak her iş parçacığının 'exit' olayından sonra çözün.",
    secondEarly: (left: number, created: number) =>
      `close() ikinci kez çağrıldığında, havuzun ${created} iş parçacığının ${possessive(left)} hâlâ çalışırken çözüldü.`,
    secondEarlyHint:
      "İlk close() çağrısının promise'ini saklayın ve sonraki her çağrıda onu döndürün: this.#closing ??= this.#shutDown(); return this.#closing. İki sinyal ikinci bir kapanışa da, kendini erken bitmiş sayan bir kapanışa da yol açmamalı.",
  },
  printsShuttingDownWorker: {
    name: 'her Worker için, işleri sonuçlandıktan sonra "Shutting down worker {id}" yazar',
    ...shutdownLinesTr,
    early: 'Havuzunuz, aldığı işler daha çalışmayı beklerken "Shutting down worker {id}" yazdırdı.',
    earlyHint:
      'close() içinde önce alınmış işlerin Promise.allSettled()\'ını bekleyin; ancak ondan sonra her Worker için "Shutting down worker {id}" yazdırıp ona durmasını söyleyin.',
  },
  printsWorkerDisconnected: {
    name: 'her iş parçacığı biterken "Worker {id} disconnected; shutting down." yazar',
    almost: (line: string) =>
      `Worker'ınız "${line}" yazdı; yakın, ama tam olarak beklenen satır değil.`,
    almostHint:
      '0 yerine kimlik gelecek şekilde tam olarak şunu yazdırın: Worker 0 disconnected; shutting down.',
    missing: (ids: string) =>
      `${ids} numaralı Worker "Worker {id} disconnected; shutting down." satırını hiç yazmadı.`,
    missingHint:
      'worker.ts içinde, mesajlar üzerindeki döngü null ile bittikten sonra satırı yazdırın; bölümdeki Worker da kanalı kapandığında bunu yapar.',
    repeated: (line: string, times: number) =>
      `Worker'larınız "${line}" satırını ${times} kez yazdı.`,
    repeatedHint:
      "Satırı döngüden sonra bir kez yazdırın: her iş parçacığı döngüsünden bir kez, close()'un ona gönderdiği null ile çıkar.",
    beforeTold: (id: number) =>
      `${id} numaralı Worker, havuz "Shutting down worker ${id}" satırını yazmadan önce ayrıldı: havuzun satırı iş parçacığı bittikten sonra geldi ya da hiç gelmedi.`,
    beforeToldHint:
      'close() içinde "Shutting down worker {id}" satırını o Worker\'a durmasını söylerken, ona null göndermeden önce yazdırın: satır havuzun ne yaptığını söyler, Worker da ona kendi satırıyla karşılık verir.',
  },
  closesAtEndOfAwaitUsing: {
    name: 'bir await using bloğunun sonunda kendini kapatır',
    notDisposable: (error: string) =>
      `await using pool = new ThreadPool(2) başarısız oldu: ${error}`,
    notDisposableHint:
      "`await using`, blok bittiğinde nesnenin [Symbol.asyncDispose]() metodunu çağırır. ThreadPool'a bu metodu verin ve onun close()'u beklemesini (await) sağlayın.",
    cutOff: (jobs: number) =>
      `await using bloğunda verilen ve orada beklenmeyen 3 işten ${jobs} tanesi blok bittiğinde bitmemişti.`,
    left: (left: number) =>
      `await using bloğundan sonra havuzun ${left} iş parçacığı hâlâ çalışıyordu.`,
    leftHint:
      "[Symbol.asyncDispose]() close()'u döndürmeli; böylece blok ancak havuz kapandığında biter.",
  },
  finishesSleepInFlightOnSigterm: {
    name: "SIGTERM'de çıkmadan önce sürmekte olan bir /sleep'i bitirir",
    cutOff: (how: string) =>
      `SIGTERM geldiğinde çalıştırmakta olduğu /sleep isteğini bitirmeden sunucunuz ${how}.`,
    cutOffHint:
      "Bağlantı kabul etmeyi server.close() ile durdurun ve havuzu ancak onun geri çağırmasında (callback) kapatın: bu geri çağırma, çalışan /sleep'inki de dahil, açık bağlantıların hepsi bittiğinde çalışır.",
  },
  answersHeadArrivingDuringSigterm: {
    name: 'SIGTERM geldiğinde başlık bölümü hâlâ gelmekte olan bir isteği yanıtlar',
    cutOff: (how: string) =>
      `Sunucunuz, SIGTERM geldiğinde başlık bölümü hâlâ gelmekte olan bir isteği yanıtlamadan önce ${how}.`,
    refused: (statusLine: string) =>
      `SIGTERM geldiğinde başlık bölümü hâlâ gelmekte olan bir istek, hello.html yerine "${statusLine}" aldı.`,
    hint: 'Havuzu ancak bütün açık bağlantılar bittiğinde, server.close() geri çağırmasının (callback) içinde kapatın: yolda olan bir isteğin de havuza ihtiyacı var.',
  },
  refusesConnectionsAfterSigterm: {
    name: 'SIGTERM geldikten sonra yeni bağlantıları reddeder',
    accepted:
      'Sunucunuz SIGTERM geldikten sonra, son isteğini bitirmeye çalışırken, yeni bir bağlantıyı hâlâ kabul etti.',
    keptListening: "Sunucunuz SIGTERM'den sonra, çıktığı ana kadar bağlantı kabul etmeyi sürdürdü.",
    hint: 'Sinyal geldiğinde önce server.close() çağırın: dinleyen soketi hemen kapatır, böylece yeni istemciler reddedilirken zaten açık olan bağlantılar sürer.',
  },
  exitsWithZeroAfterLastRequest: {
    name: "son isteği bittikten sonra SIGTERM'de kısa sürede 0 koduyla çıkar",
    noHandler: (signal: string) =>
      `Sunucunuzu doğrudan ${signal} sinyali sonlandırdı: onun için bir işleyicisi yok.`,
    noHandlerHint: signalHintTr,
    code: (code: number) =>
      `Sunucunuz SIGTERM'den sonra ${code} koduyla çıktı; nazik bir kapanış 0 ile biter.`,
    codeHint:
      'Sunucu ve havuz kapandıktan sonra sürecin kendiliğinden bitmesine izin verin: bekleyecek bir şey kalmayınca Node 0 koduyla çıkar. process.exit(1) ya da yakalanmamış bir hata başka bir kod verir.',
    calledExit:
      "Sunucunuz SIGTERM'den sonra 0 koduyla çıktı, ama işi bittiği için değil, process.exit() çağırdığı için.",
    calledExitHint:
      "process.exit() çağrısını kaldırın: sunucu ve havuz kapandıktan sonra Node'u çalışır tutan bir şey kalmaz ve süreç kendiliğinden 0 koduyla biter. process.exit() onu hemen bitirir; hâlâ yolda olan çıktıyı ve bitmemiş her şeyi yarıda keser.",
    lingers: (seconds: number) =>
      `Son isteği bittiği hâlde sunucunuz SIGTERM'den ${inTurkish.seconds(seconds)} sonra hâlâ çalışıyordu.`,
    lingersHint:
      "Bir şey süreci ayakta tutuyor: durmasını hiç söylemediğiniz bir iş parçacığı, bir bağlantı ya da bir zamanlayıcı. close()'un her Worker'ı durdurduğunu ve bekleyen başka hiçbir şey kalmadığını kontrol edin.",
  },
  stopsEveryWorkerOnSigterm: {
    name: 'SIGTERM\'de her Worker\'ı durdurur ve "Shutting down." yazar',
    noGoodbye: 'Sunucunuz "Shutting down." yazmadan çıktı.',
    noGoodbyeHint:
      'Sunucu ve havuz kapandıktan sonra, süreç bitmeden hemen önce "Shutting down." yazdırın.',
    goodbyeEarly:
      'Sunucunuz "Shutting down." satırını, havuzu her Worker için "Shutting down worker {id}" yazmadan önce yazdırdı: veda, havuz daha kapanırken geldi.',
    goodbyeEarlyHint:
      'server.close() geri çağırmasında önce await pool.close() yapın, sonra "Shutting down." yazdırın: her şey durduktan sonraki son satır odur.',
    ...shutdownLinesTr,
  },
  shutsDownOnCtrlC: {
    name: 'Ctrl+C (SIGINT) geldiğinde de aynı şekilde kapanır',
    notHandled: (how: string) => `Ctrl+C'den (SIGINT) sonra sunucunuz ${how}.`,
    hint: signalHintTr,
  },
  endsAtOnceOnSecondCtrlC: {
    name: 'bir bağlantıyı beklerken ikinci Ctrl+C ile hemen sonlanır',
    lingers: (seconds: number) =>
      `Bir istemci hiçbir şey göndermeden bağlı kaldı; iki kez Ctrl+C'den ${inTurkish.seconds(seconds)} sonra sunucunuz hâlâ çalışıyordu.`,
    hint: "İkinci Ctrl+C, nazik kapanışı (graceful shutdown) çok uzun bekleyen bir sunucuyu bitirmenin yoludur. process.once('SIGINT', …) ile dinleyin: ilk sinyalden sonra işleyici kalkar ve ikincisi Node'u hemen bitirir. process.on() ile her Ctrl+C shutDown()'ı yeniden çağırır, o da hiçbir şey yapmaz.",
  },
  shutsDownOnceWhenAskedTwice: {
    name: 'iki kez istendiğinde, önce SIGTERM sonra Ctrl+C ile, bir kez kapanır',
    twice: (times: number) =>
      `SIGTERM'den ve ardından Ctrl+C'den sonra sunucunuz "Shutting down." satırını ${times} kez yazdı: sunucuyu ve havuzu iki kez kapattı.`,
    hint: "Sunucu artık dinlemiyorsa shutDown() hemen dönsün: if (!server.listening) return. Yoksa ikinci bir sinyal ya da kapanış sırasında MAX_REQUESTS'e ulaşan bağlantı her şeyi yeniden kapatır.",
  },
  stopsAfterMaxRequests: {
    name: 'MAX_REQUESTS bağlantıdan sonra kendiliğinden durur',
    stoppedEarly: (served: number) =>
      `MAX_REQUESTS=2 iken sunucunuz ${served} bağlantıdan sonra bağlantı kabul etmeyi bıraktı.`,
    stoppedEarlyHint:
      "Bölümdeki take(2) gibi, her yeni bağlantıyı sayın ve sayı MAX_REQUESTS'e ulaştığında, o son bağlantıyı da aldıktan sonra kapanın.",
    keptRunning: (seconds: number) =>
      `MAX_REQUESTS=2 iken sunucunuz ikinci isteğinden ${inTurkish.seconds(seconds)} sonra hâlâ çalışıyordu.`,
    keptRunningHint:
      "MAX_REQUESTS'i process.env'den okuyun (tanımlı değilse sınır yok), her bağlantıyı bağlantı işleyicisinin en başında, isteğinde bir şey ters gidebilmeden önce sayın (bozuk bir istek de bir bağlantıdır) ve sayı ona ulaştığında sinyallerin çağırdığı kapanış fonksiyonunu çağırın.",
    thirdAccepted:
      'MAX_REQUESTS=2 iken sunucunuz, biri / isteyen, öteki henüz hiçbir şey göndermemiş iki bağlantıdan sonra üçüncü bir bağlantıyı kabul etti.',
    code: (how: string) => `MAX_REQUESTS=2 iken sunucunuz iki istekten sonra ${how}.`,
    codeHint:
      'Son bağlantıdan sonra tıpkı SIGTERM\'deki gibi kapanın: dinlemeyi bırakın, isteğin bitmesine izin verin, havuzu kapatın, "Shutting down." yazdırın ve sürecin kendiliğinden bitmesine izin verin.',
  },
  buildsOnNetAlone: {
    name: 'node:http ya da bir çatı (framework) olmadan yalnızca node:net üzerine kurulur',
  },
};

export const m = localized({ en, tr });

/** The starter's TODO errors, and what this step's finished code prints, as a Turkish learner reads them. */
export const starterInTurkish: StarterInTurkish = {
  todos: {
    'close the pool gracefully': 'havuzu nazikçe kapatın',
    'dispose of the pool by closing it': 'havuzu kapatarak serbest bırakın',
    'stop this worker': "bu Worker'ı durdurun",
    'shut the server down gracefully': 'sunucuyu nazikçe kapatın',
  },
  printed: {
    'The thread pool is closed: it takes no new jobs.':
      'İş parçacığı havuzu kapandı: yeni iş almıyor.',
  },
};
