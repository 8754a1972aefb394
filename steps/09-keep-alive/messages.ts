import type { StarterInTurkish } from '../../scripts/harness/starter-texts.ts';
import { localized } from '../../scripts/shared/i18n/localized.ts';
import { locative } from '../../scripts/shared/i18n/turkish-suffixes.ts';
import { inEnglish, inTurkish } from '../../scripts/shared/i18n/numbers.ts';

const en = {
  notHello: (statusLine: string) => `GET / got "${statusLine}" instead of 200 OK.`,
  notHelloHint:
    'Every request on a kept-open connection is parsed and answered like the first one. Check that the head you parse is the next one, from its first byte: none of the previous request, none of the next.',
  answersSeveralRequestsOnOneConnection: {
    name: 'answers several requests, one after another, on one connection',
    closed: (count: number) =>
      `Your server closed the connection after response ${count}, though the client asked for nothing of the kind.`,
    closedHint:
      'HTTP/1.1 keeps a connection open unless one side says Connection: close. After writing a response, write it with socket.write(), not socket.end(), and go back to reading the next head on the same socket.',
    noAnswer: (count: number) =>
      `Request ${count} on one connection got no complete response: the connection stayed open, silent.`,
    noAnswerHint:
      'After the first response, does your server read the next head at all? A reader that resolves once and removes its listener never sees the second request. Read heads in a loop, from one buffer that keeps what arrived after the previous head, and give every response a Content-Length so the client knows where it ends.',
    saysClose: (count: number) =>
      `Response ${count} says "Connection: close", yet the client asked to keep the connection open.`,
    saysCloseHint:
      "Connection: close tells the client that the server will close after this response, so the client opens a new connection for its next request: the cost keep-alive saves. Send Connection: keep-alive (or no Connection header) when the connection stays open, and take step 8's Connection: close out of respond()'s head: a client reads every Connection line.",
  },
  closesWhenClientAsks: {
    name: 'closes the connection after answering a request that says Connection: close, or an HTTP/1.0 one',
    noAnswer: (request: string) => `A request "${request}" got no complete response.`,
    keptOpen: (request: string) =>
      `Your server answered a request "${request}", then kept the connection open: it never closes.`,
    unannounced: (request: string) =>
      `Your server's response to a request "${request}" does not say Connection: close, though it is the last on that connection.`,
    hint: 'Close after answering when the request says Connection: close (a comma-separated list, in any case), or when it is HTTP/1.0 without Connection: keep-alive: that client waits for the close to know the response is over. Send Connection: close in that response, then socket.end(response, () => socket.destroy()).',
  },
  closesQuietConnectionAfterTimeout: {
    name: 'closes a connection that stays quiet for KEEP_ALIVE_TIMEOUT_MS, and only then',
    cutSteady: (count: number, ms: number) =>
      `Your server cut off a client that sent request ${count} within half of KEEP_ALIVE_TIMEOUT_MS=${ms} after the previous answer.`,
    cutSteadyHint:
      'KEEP_ALIVE_TIMEOUT_MS is how long a connection may stay quiet between requests, not how long it may live. Start the idle timer after each response, and clear it as soon as the next request begins to arrive.',
    neverClosed: (ms: number, waited: number) =>
      `Your server kept a quiet connection open ${inEnglish.milliseconds(waited)} after its last answer, with KEEP_ALIVE_TIMEOUT_MS=${ms}: it never closes.`,
    spoke: (line: string) =>
      `Your server sent "${line}" to a connection that stayed quiet, before closing it.`,
    spokeHint:
      'A quiet connection has asked for nothing, so it is owed nothing: when KEEP_ALIVE_TIMEOUT_MS is up before a byte of the next head came, close it without a word (socket.destroy()). A 408 is for a head that started and took too long.',
    neverClosedHint:
      'Every open connection costs a socket and memory, and a server has a limited number of both. While you wait for the next head, start a timer of KEEP_ALIVE_TIMEOUT_MS (read from process.env); when it fires before any byte came, close the connection: socket.destroy().',
    early: (waited: number, ms: number) =>
      `Your server closed a quiet connection ${inEnglish.milliseconds(waited)} after its last answer, well before KEEP_ALIVE_TIMEOUT_MS=${ms}.`,
    earlyHint:
      'Read the timeout from process.env.KEEP_ALIVE_TIMEOUT_MS, and start the idle timer once the response has been written, not when the connection opened.',
    late: (waited: number, ms: number) =>
      `Your server closed a quiet connection ${inEnglish.milliseconds(waited)} after its last answer, with KEEP_ALIVE_TIMEOUT_MS=${ms}: far later than the variable says.`,
    lateHint:
      'Read the idle timeout from process.env.KEEP_ALIVE_TIMEOUT_MS, as a number (5000 only when it is not set), and close the connection when that timer fires, not when another one does.',
    firstCut: (waited: number, ms: number) =>
      `Your server closed a new connection that had sent nothing yet after ${inEnglish.milliseconds(waited)}, with KEEP_ALIVE_TIMEOUT_MS=${ms}: that timeout is for the wait between requests.`,
    firstCutHint:
      "A new connection's first head has step 8's HEADER_TIMEOUT_MS, from the connection's start: wait for it with reader.next(), and for the later ones with reader.next(keepAliveTimeoutMs).",
    cutHead: (ms: number) =>
      `Your server closed a kept-open connection whose next head had begun to arrive, once KEEP_ALIVE_TIMEOUT_MS=${ms} was up.`,
    cutHeadHint:
      'The idle timeout is for a connection that sends nothing. Clear its timer as soon as the first byte of the next head arrives: from then on the head has HEADER_TIMEOUT_MS, as in step 8.',
  },
  closesQuietConnectionAfterFiveSecondsByDefault: {
    name: 'closes a quiet connection after 5 s when KEEP_ALIVE_TIMEOUT_MS is not set',
    early: (waited: number) =>
      `Without KEEP_ALIVE_TIMEOUT_MS, your server closed a quiet connection ${inEnglish.milliseconds(waited)} after its last answer: the default is 5,000 ms.`,
    late: (waited: number) =>
      `Without KEEP_ALIVE_TIMEOUT_MS, your server still kept a quiet connection open ${inEnglish.milliseconds(waited)} after its last answer: the default is 5,000 ms.`,
    hint: 'Fall back on 5,000 only when the variable is not set: Number(process.env.KEEP_ALIVE_TIMEOUT_MS ?? 5000). Number(undefined) is NaN, and a timer of NaN milliseconds fires at once.',
  },
  keepsHttp10OpenWhenAsked: {
    name: 'keeps an HTTP/1.0 connection open when its requests say Connection: keep-alive, and says so',
    closed: (count: number) =>
      `Your server closed an HTTP/1.0 connection after response ${count}, though the request said ${count === 1 ? 'Connection: keep-alive' : 'Connection: Keep-Alive, Upgrade'}.`,
    unannounced: (count: number) =>
      `Response ${count} to an HTTP/1.0 request with Connection: keep-alive does not say "Connection: keep-alive".`,
    hint: 'An HTTP/1.0 connection stays open only when both sides say so: the client sends Connection: keep-alive, and waits for the same header in the response; without it, it waits for the close to know where the response ends. Close an HTTP/1.0 connection unless its request says keep-alive, and when it does, answer with Connection: keep-alive. The header is a comma-separated list of options, in any case: split it, trim and lower-case each option.',
  },
  keepsHeadLimitsOnEveryRequest: {
    name: "keeps step 8's limits on every head of a kept-open connection: 431, 408, and 400 at once",
    tooLong: (statusLine: string) =>
      `A 16 KiB head, sent as the second request of a kept-open connection, got "${statusLine}" instead of 431 and the close.`,
    tooLongHint:
      'The 8 KiB limit holds for every head of a connection, not only the first: each time bytes arrive while a head is awaited, compare what the buffer holds of it with maxHeadLength, and reject with HttpError 431.',
    unfinishedTooLong: (statusLine: string) =>
      `16 KiB of a head with no empty line yet, sent as the second request of a kept-open connection, got "${statusLine}" instead of 431 at once.`,
    quietCut: (statusLine: string, timeout: number) =>
      `A kept-open connection that stayed quiet after its answer was cut off (${statusLine}) after HEADER_TIMEOUT_MS=${timeout}, though no byte of a next head had come: it had KEEP_ALIVE_TIMEOUT_MS.`,
    silentFirst: (ms: number, timeout: number) =>
      `A new connection that sent nothing was still open ${inEnglish.milliseconds(ms)} later, with HEADER_TIMEOUT_MS=${timeout}: its first head has that long to come.`,
    silentFirstHint:
      "The first head of a connection keeps step 8's deadline from the start: begin HEADER_TIMEOUT_MS when the connection arrives, and answer 408 (or close) when it fires. Only the heads after an answer wait first for KEEP_ALIVE_TIMEOUT_MS.",
    slow: (ms: number, timeout: number) =>
      `The first line of a second request, sent on a kept-open connection with nothing after it, still held the connection ${inEnglish.milliseconds(ms)} later, with HEADER_TIMEOUT_MS=${timeout}.`,
    slowHint:
      "Once the first byte of a head has come, the head has HEADER_TIMEOUT_MS to arrive whole, on every request of a connection: when that byte comes, clear the idle timer and start the head's deadline, and reject with HttpError 408 when it fires.",
    bare: (statusLine: string) =>
      `A head whose lines end in a bare \\n, sent as the second request of a kept-open connection, got "${statusLine}" instead of 400 at once.`,
    bareHint:
      'Look for a bare \\r or \\n in the buffer each time bytes arrive, before you look for \\r\\n\\r\\n: a head that has none would wait for HEADER_TIMEOUT_MS, and get 408 instead of 400.',
  },
  pausesWhileAnswering: {
    name: 'stops reading a connection while it answers its request: a client that pipelines flat out cannot fill its memory',
    crashed: (how: string) =>
      `Your server ${how} while a client sent GET /sleep and then GET / again and again, as fast as it could, for 2 s.`,
    grew: (grew: number, sent: number) =>
      `Your server's memory grew by ${grew} MiB while a client pipelined GET / flat out behind a GET /sleep for 2 s (${sent} MiB taken in).`,
    hint: "While a request is being answered, call socket.pause(): the client's next bytes then wait in the kernel, which soon tells the client to stop sending. next() calls socket.resume() when it wants the next head.",
  },
  closesAfterMalformedRequest: {
    name: 'closes the connection after answering a malformed request, and answers nothing after it',
    notRefused: (statusLine: string) =>
      `A request with a header line without its colon got "${statusLine}" instead of 400 Bad Request.`,
    answeredAfter:
      'After answering a malformed request with 400, your server went on and answered the request that followed it on the same connection.',
    keptOpen: 'After answering a malformed request with 400, your server kept the connection open.',
    unannounced: (statusLine: string) =>
      `Your server answered a malformed request with "${statusLine}" but without Connection: close, though it closes the connection after it.`,
    hint: 'After a malformed head, the server cannot know where the next request starts: what follows may be the rest of the bad one. Answer the error with Connection: close, then close the connection without reading on.',
  },
  closesAfterRequestsPerConnection: {
    name: 'closes a connection after REQUESTS_PER_CONNECTION requests, and says so in the last response',
    closedEarly: (count: number, cap: number) =>
      `Your server closed the connection after request ${count}, with REQUESTS_PER_CONNECTION=${cap}.`,
    closedEarlyHint:
      'Count the requests of each connection, and close only after the one that reaches REQUESTS_PER_CONNECTION (read from process.env).',
    unannounced: (cap: number) =>
      `Response ${cap}, the last one REQUESTS_PER_CONNECTION=${cap} allows, does not say "Connection: close".`,
    unannouncedHint:
      'A client that is not told sends its next request on a connection that is closing, and sees an error instead of an answer. Decide before you write the response whether it is the last one, and if so send Connection: close in it.',
    keptOpen: (cap: number) =>
      `Your server kept the connection open after request ${cap}, with REQUESTS_PER_CONNECTION=${cap}.`,
    keptOpenHint:
      'After the response that reaches the cap, close the connection: socket.end(response, () => socket.destroy()).',
    defaultCap: (closedAfter: number | undefined) =>
      closedAfter === undefined
        ? 'Without REQUESTS_PER_CONNECTION, your server answered 1,001 requests on one connection: the default cap is 1,000.'
        : `Without REQUESTS_PER_CONNECTION, your server said Connection: close after ${inEnglish.number(closedAfter)} requests: the default cap is 1,000.`,
    defaultCapHint:
      'Fall back on 1,000 only when the variable is not set: Number(process.env.REQUESTS_PER_CONNECTION ?? 1000).',
  },
  answersPipelinedRequestsInOrder: {
    name: 'answers two requests sent in one write in order, each exactly once, even when the first is a /sleep',
    none: 'Two requests sent in one write, GET /sleep then GET /, got no response at all.',
    lost: 'Two requests sent in one write, GET /sleep then GET /, got one response: the second request was lost.',
    lostHint:
      'One chunk of bytes can hold more than one head. Whatever follows the empty line of a head is the start of the next request: keep it in the buffer, and look for the next head there before you wait for more bytes.',
    extra: (count: number) =>
      `Two requests sent in one write got ${count} responses: something was answered more than once.`,
    extraHint:
      'Take each head out of the buffer as you parse it, so that the next search starts after it; and answer each request once.',
    outOfOrder: (ms: number, sleepMs: number) =>
      `The first response to GET /sleep then GET / came ${inEnglish.milliseconds(ms)} after they were sent, before a /sleep of ${inEnglish.milliseconds(sleepMs)} could end: your server answered the second request first.`,
    outOfOrderHint:
      'HTTP/1.1 responses carry nothing that says which request they answer: the client matches them by order. Answer the requests of one connection one at a time, in the order they came: await the response to one before you read the next head.',
    statuses: (statuses: string) =>
      `GET /, GET /missing and GET / sent in pieces that cut the heads in two got the statuses ${statuses}, not 200, 404, 200.`,
  },
  answersPipelinedRequestsCutInPieces: {
    name: 'answers three requests sent in pieces that cut their heads in two, in order',
  },
  closesIdleConnectionsOnSigterm: {
    name: 'closes idle kept-open connections at once on SIGTERM',
    neverClosed:
      'After SIGTERM, your server kept a connection open that was waiting for its next request: it never exits.',
    outlived:
      'After SIGTERM, your server closed a connection that was waiting for its next request only at its exit.',
    late: (closed: number, answered: number) =>
      `After SIGTERM, your server closed a connection that was waiting for its next request ${inEnglish.milliseconds(closed)} later, after answering a /sleep at ${inEnglish.milliseconds(answered)}.`,
    hint: "server.close() waits for every open connection to end, and a kept-open connection need never end: keep a list of open connections, and on the signal destroy each one that waits for a request of which no byte has come. Node's own http server calls this closeIdleConnections().",
    freshKept:
      'After SIGTERM, your server kept open a new connection that had not sent a byte yet, until long after it had answered the /sleep in progress.',
    freshHint:
      'A connection that waits for its first request is idle too: reader.idle is true whenever next() waits and no byte of the head has come, for the first head as for the later ones.',
  },
  finishesSleepThenClosesOnSigterm: {
    name: 'on SIGTERM, finishes a /sleep in progress with Connection: close, closes, and exits with code 0',
    cutOff: (how: string) =>
      `Your server ${how} without finishing the /sleep it was running when SIGTERM arrived.`,
    cutOffHint:
      'A connection with a request in progress is busy, not idle: let it finish, and close it after its response.',
    noClose:
      'The response to a /sleep in progress at SIGTERM does not say "Connection: close", yet the server is shutting down.',
    noCloseHint:
      'Decide whether a connection stays open once its response is ready, not when its request arrived: remember that a shutdown has begun, and then send Connection: close and close after writing.',
    keptOpen:
      'After SIGTERM, your server answered a /sleep in progress but kept its connection open.',
    noExit: (how: string) =>
      `Your server ${how} after SIGTERM, once its last request was answered: expected to exit with code 0.`,
    noExitHint:
      'Once every connection is closed, server.close() calls its callback: close the pool there, and the process ends by itself.',
  },
  answersArrivingRequestOnSigterm: {
    name: 'on SIGTERM, answers a request that has begun to arrive on a kept-open connection, with Connection: close',
    cutOff:
      'After SIGTERM, your server closed a kept-open connection whose next request had begun to arrive, without answering it.',
    noClose:
      'The response to a request that was arriving at SIGTERM does not say "Connection: close", or the connection stayed open after it.',
    hint: 'A connection is idle only while it waits for a request of which no byte has come. Once a byte of the next head is in the buffer, that request has begun: on SIGTERM, let it arrive, answer it with Connection: close, and close.',
  },
  exitsWithNoIdleTimerLeft: {
    name: 'exits at once on SIGTERM after its clients have left: no idle timer is left running',
    lingers: (seconds: number, timeoutSeconds: number) =>
      `Your server still ran ${inEnglish.seconds(seconds)} after SIGTERM, with no client connected, KEEP_ALIVE_TIMEOUT_MS=${timeoutSeconds * 1000}: a timer keeps it alive.`,
    hint: "A pending setTimeout keeps Node running. When a connection closes, clear every timer it started, the idle timer and the head's deadline alike: in one stop() that every way out of next() calls, the client's leaving included. A timer left running also holds on to its connection's memory until it fires.",
  },
};

const tr: typeof en = {
  notHello: (statusLine: string) => `GET / isteği 200 OK yerine "${statusLine}" aldı.`,
  notHelloHint:
    'Açık tutulan bir bağlantıdaki her istek ilki gibi ayrıştırılır ve yanıtlanır. Ayrıştırdığınız başlık bölümünün sıradaki istek olduğundan, ilk baytından başladığından emin olun: içinde ne önceki isteğin ne de sonrakinin baytı olmalı.',
  answersSeveralRequestsOnOneConnection: {
    name: 'tek bir bağlantıda art arda birkaç isteği yanıtlar',
    closed: (count: number) =>
      `Sunucunuz ${count}. yanıttan sonra bağlantıyı kapattı; oysa istemci böyle bir şey istemedi.`,
    closedHint:
      "HTTP/1.1'de taraflardan biri Connection: close demedikçe bağlantı açık kalır. Yanıtı socket.end() ile değil socket.write() ile yazın ve aynı soketten sıradaki başlık bölümünü okumaya dönün.",
    noAnswer: (count: number) =>
      `Tek bağlantıdaki ${count}. istek eksiksiz bir yanıt almadı: bağlantı açık ama sessiz kaldı.`,
    noAnswerHint:
      'İlk yanıttan sonra sunucunuz sıradaki başlık bölümünü okuyor mu? Bir kez sonuçlanıp dinleyicisini kaldıran bir okuyucu ikinci isteği hiç görmez. Başlık bölümlerini bir döngüde okuyun, önceki başlık bölümünden sonra gelenleri saklayan tek bir tampondan; her yanıta da bir Content-Length verin ki istemci yanıtın nerede bittiğini bilsin.',
    saysClose: (count: number) =>
      `İstemci bağlantının açık kalmasını istediği hâlde ${count}. yanıtta "Connection: close" yazıyor.`,
    saysCloseHint:
      "Connection: close, istemciye sunucunun bu yanıttan sonra bağlantıyı kapatacağını söyler; istemci de sıradaki isteği için yeni bir bağlantı açar. Keep-alive tam da bu maliyeti ortadan kaldırır. Bağlantı açık kalacaksa Connection: keep-alive gönderin (ya da hiç Connection başlığı göndermeyin) ve 8. adımdan kalan Connection: close satırını respond()'un başlık bölümünden çıkarın: istemci her Connection satırını okur.",
  },
  closesWhenClientAsks: {
    name: 'Connection: close diyen ya da HTTP/1.0 olan bir isteği yanıtladıktan sonra bağlantıyı kapatır',
    noAnswer: (request: string) => `"${request}" isteği eksiksiz bir yanıt almadı.`,
    keptOpen: (request: string) =>
      `Sunucunuz "${request}" isteğini yanıtladı, ama bağlantıyı açık tuttu: hiç kapatmıyor.`,
    unannounced: (request: string) =>
      `Sunucunuzun "${request}" isteğine yanıtı, o bağlantıdaki son yanıt olduğu hâlde Connection: close demiyor.`,
    hint: 'İstek Connection: close diyorsa (virgülle ayrılmış bir liste; büyük-küçük harf fark etmez) ya da Connection: keep-alive demeyen bir HTTP/1.0 isteğiyse, yanıtladıktan sonra bağlantıyı kapatın: böyle bir istemci yanıtın bittiğini bağlantının kapanmasından anlar. O yanıtta Connection: close gönderin, ardından socket.end(response, () => socket.destroy()).',
  },
  closesQuietConnectionAfterTimeout: {
    name: 'KEEP_ALIVE_TIMEOUT_MS boyunca sessiz kalan bir bağlantıyı kapatır, ondan önce kapatmaz',
    cutSteady: (count: number, ms: number) =>
      `Sunucunuz, ${count}. isteğini önceki yanıttan sonra KEEP_ALIVE_TIMEOUT_MS=${ms} süresinin yarısı dolmadan gönderen bir istemcinin bağlantısını kesti.`,
    cutSteadyHint:
      'KEEP_ALIVE_TIMEOUT_MS, bir bağlantının iki istek arasında ne kadar sessiz kalabileceğidir; ne kadar yaşayabileceği değil. Boşta kalma zamanlayıcısını her yanıttan sonra başlatın, sıradaki istek gelmeye başlar başlamaz da temizleyin.',
    neverClosed: (ms: number, waited: number) =>
      `KEEP_ALIVE_TIMEOUT_MS=${ms} iken sunucunuz sessiz bir bağlantıyı son yanıtından ${inTurkish.milliseconds(waited)} sonra hâlâ açık tutuyordu: hiç kapatmıyor.`,
    spoke: (line: string) =>
      `Sunucunuz sessiz kalan bir bağlantıya, onu kapatmadan önce "${line}" gönderdi.`,
    spokeHint:
      'Sessiz bir bağlantı hiçbir şey istememiştir, ona hiçbir şey borçlu değilsiniz: sıradaki başlık bölümünün tek baytı gelmeden KEEP_ALIVE_TIMEOUT_MS dolunca onu tek söz söylemeden kapatın (socket.destroy()). 408, başlamış ama çok uzun süren bir başlık bölümü içindir.',
    neverClosedHint:
      "Açık her bağlantı bir sokete ve belleğe mal olur; sunucunun ikisi de sınırlıdır. Sıradaki başlık bölümünü beklerken KEEP_ALIVE_TIMEOUT_MS'lik (process.env'den okunan) bir zamanlayıcı başlatın; hiç bayt gelmeden dolarsa bağlantıyı kapatın: socket.destroy().",
    early: (waited: number, ms: number) =>
      `Sunucunuz sessiz bir bağlantıyı son yanıtından ${inTurkish.milliseconds(waited)} sonra, KEEP_ALIVE_TIMEOUT_MS=${ms} dolmadan epey önce kapattı.`,
    earlyHint:
      "Süreyi process.env.KEEP_ALIVE_TIMEOUT_MS'ten okuyun ve boşta kalma zamanlayıcısını bağlantı açıldığında değil, yanıt yazıldıktan sonra başlatın.",
    late: (waited: number, ms: number) =>
      `KEEP_ALIVE_TIMEOUT_MS=${ms} iken sunucunuz sessiz bir bağlantıyı son yanıtından ${inTurkish.milliseconds(waited)} sonra kapattı: değişkenin söylediğinden çok daha geç.`,
    lateHint:
      "Boşta kalma süresini process.env.KEEP_ALIVE_TIMEOUT_MS'ten sayı olarak okuyun (5000 yalnızca değişken yoksa geçerli) ve bağlantıyı başka bir zamanlayıcı dolduğunda değil, bu zamanlayıcı dolduğunda kapatın.",
    firstCut: (waited: number, ms: number) =>
      `KEEP_ALIVE_TIMEOUT_MS=${ms} iken sunucunuz henüz hiçbir şey göndermemiş yeni bir bağlantıyı ${inTurkish.milliseconds(waited)} sonra kapattı: bu süre, iki istek arasındaki bekleyiş içindir.`,
    firstCutHint:
      'Yeni bir bağlantının ilk başlık bölümü, bağlantının başından itibaren 8. adımın HEADER_TIMEOUT_MS süresine sahiptir: onu reader.next() ile, sonrakileri reader.next(keepAliveTimeoutMs) ile bekleyin.',
    cutHead: (ms: number) =>
      `Sunucunuz, sıradaki başlık bölümü gelmeye başlamış açık tutulan bir bağlantıyı KEEP_ALIVE_TIMEOUT_MS=${ms} dolunca kapattı.`,
    cutHeadHint:
      'Boşta kalma süresi hiçbir şey göndermeyen bir bağlantı içindir. Sıradaki başlık bölümünün ilk baytı gelir gelmez zamanlayıcısını temizleyin: o andan sonra başlık bölümünün süresi, 8. adımdaki gibi HEADER_TIMEOUT_MS olur.',
  },
  closesQuietConnectionAfterFiveSecondsByDefault: {
    name: 'KEEP_ALIVE_TIMEOUT_MS tanımlı değilse sessiz bir bağlantıyı 5 sn sonra kapatır',
    early: (waited: number) =>
      `KEEP_ALIVE_TIMEOUT_MS verilmediğinde sunucunuz sessiz bir bağlantıyı son yanıtından ${inTurkish.milliseconds(waited)} sonra kapattı: varsayılan değer 5.000 ms.`,
    late: (waited: number) =>
      `KEEP_ALIVE_TIMEOUT_MS verilmediğinde sunucunuz sessiz bir bağlantıyı son yanıtından ${inTurkish.milliseconds(waited)} sonra hâlâ açık tutuyordu: varsayılan değer 5.000 ms.`,
    hint: "5.000'i yalnızca değişken tanımlı değilse kullanın: Number(process.env.KEEP_ALIVE_TIMEOUT_MS ?? 5000). Number(undefined) NaN'dir ve NaN milisaniyelik bir zamanlayıcı hemen çalışır.",
  },
  keepsHttp10OpenWhenAsked: {
    name: 'istekleri Connection: keep-alive diyen bir HTTP/1.0 bağlantısını açık tutar ve bunu yanıtında söyler',
    closed: (count: number) =>
      `İstek ${count === 1 ? 'Connection: keep-alive' : 'Connection: Keep-Alive, Upgrade'} dediği hâlde sunucunuz bir HTTP/1.0 bağlantısını ${count}. yanıttan sonra kapattı.`,
    unannounced: (count: number) =>
      `Connection: keep-alive diyen bir HTTP/1.0 isteğine verilen ${count}. yanıtta "Connection: keep-alive" yazmıyor.`,
    hint: 'Bir HTTP/1.0 bağlantısı ancak iki taraf da isterse açık kalır: istemci Connection: keep-alive gönderir ve yanıtta aynı başlığı bekler; başlık yoksa yanıtın bittiğini bağlantının kapanmasından anlamayı bekler. İsteği keep-alive demeyen HTTP/1.0 bağlantısını kapatın; diyorsa Connection: keep-alive ile yanıtlayın. Başlık, büyük-küçük harf fark etmeksizin, virgülle ayrılmış bir seçenek listesidir: onu bölün, her seçeneği kırpıp küçük harfe çevirin.',
  },
  keepsHeadLimitsOnEveryRequest: {
    name: 'açık tutulan bir bağlantının her başlık bölümünde 8. adımın sınırlarını korur: 431, 408 ve hemen 400',
    tooLong: (statusLine: string) =>
      `Açık tutulan bir bağlantıda ikinci istek olarak gönderilen 16 KiB'lık bir başlık bölümü, 431 ve bağlantının kapanması yerine "${statusLine}" aldı.`,
    tooLongHint:
      '8 KiB sınırı yalnızca ilk başlık bölümü için değil, bağlantının her başlık bölümü için geçerlidir: bir başlık bölümü beklenirken her bayt gelişinde tamponda ondan biriken kısmı maxHeadLength ile karşılaştırın ve HttpError 431 ile reddedin.',
    unfinishedTooLong: (statusLine: string) =>
      `Açık tutulan bir bağlantının ikinci isteği olarak gönderilen, henüz boş satırı gelmemiş 16 KiB'lık bir başlık bölümü hemen 431 yerine "${statusLine}" aldı.`,
    quietCut: (statusLine: string, timeout: number) =>
      `Yanıtından sonra sessiz kalan, açık tutulan bir bağlantı, sıradaki başlık bölümünün tek baytı gelmemişken HEADER_TIMEOUT_MS=${timeout} sonunda kesildi (${statusLine}): onun süresi KEEP_ALIVE_TIMEOUT_MS idi.`,
    silentFirst: (ms: number, timeout: number) =>
      `Hiçbir şey göndermeyen yeni bir bağlantı, HEADER_TIMEOUT_MS=${timeout} iken ${inTurkish.milliseconds(ms)} sonra hâlâ açıktı: ilk başlık bölümünün gelmek için bu kadar süresi var.`,
    silentFirstHint:
      "Bir bağlantının ilk başlık bölümü 8. adımın süre sınırını baştan taşır: HEADER_TIMEOUT_MS'i bağlantı gelince başlatın, dolunca 408 ile yanıt verin (ya da kapatın). Yalnızca bir yanıttan sonraki başlık bölümleri önce KEEP_ALIVE_TIMEOUT_MS kadar bekler.",
    slow: (ms: number, timeout: number) =>
      `HEADER_TIMEOUT_MS=${timeout} iken, açık tutulan bir bağlantıda ardından hiçbir şey gelmeyen ikinci isteğin ilk satırı ${inTurkish.milliseconds(ms)} sonra hâlâ bağlantıyı tutuyordu.`,
    slowHint:
      'Bir başlık bölümünün ilk baytı geldikten sonra, bağlantının her isteğinde başlık bölümünün tamamının gelmesi için HEADER_TIMEOUT_MS vardır: o bayt gelince boşta kalma zamanlayıcısını temizleyip başlık bölümünün süre sınırını başlatın, süre dolunca da HttpError 408 ile reddedin.',
    bare: (statusLine: string) =>
      `Açık tutulan bir bağlantıda ikinci istek olarak gönderilen, satırları tek başına \\n ile biten bir başlık bölümü hemen 400 yerine "${statusLine}" aldı.`,
    bareHint:
      "Her bayt gelişinde \\r\\n\\r\\n'yi aramadan önce tamponda tek başına bir \\r ya da \\n olup olmadığına bakın: hiç \\r\\n\\r\\n içermeyen bir başlık bölümü HEADER_TIMEOUT_MS boyunca bekler ve 400 yerine 408 alır.",
  },
  pausesWhileAnswering: {
    name: 'isteğini yanıtlarken bir bağlantıyı okumayı bırakır: istekleri durmadan art arda gönderen bir istemci belleğini dolduramaz',
    crashed: (how: string) =>
      `Bir istemci GET /sleep'ten sonra 2 sn boyunca olabildiğince hızlı, tekrar tekrar GET / gönderirken sunucunuz ${how}.`,
    grew: (grew: number, sent: number) =>
      `Bir istemci 2 sn boyunca bir GET /sleep'in arkasından durmadan GET / gönderirken sunucunuzun belleği ${grew} MiB büyüdü (${sent} MiB alındı).`,
    hint: 'Bir istek yanıtlanırken socket.pause() çağırın: istemcinin sonraki baytları o zaman çekirdekte bekler, çekirdek de kısa sürede istemciye göndermeyi bırakmasını söyler. next(), sıradaki başlık bölümünü istediğinde socket.resume() çağırır.',
  },
  closesAfterMalformedRequest: {
    name: 'hatalı bir isteği yanıtladıktan sonra bağlantıyı kapatır, ardından gelenlere yanıt vermez',
    notRefused: (statusLine: string) =>
      `İki noktası olmayan bir başlık satırı içeren istek 400 Bad Request yerine "${statusLine}" aldı.`,
    answeredAfter:
      'Sunucunuz hatalı bir isteği 400 ile yanıtladıktan sonra, aynı bağlantıda onun ardından gelen isteği de yanıtladı.',
    keptOpen: 'Sunucunuz hatalı bir isteği 400 ile yanıtladıktan sonra bağlantıyı açık tuttu.',
    unannounced: (statusLine: string) =>
      `Sunucunuz hatalı bir isteği "${statusLine}" ile, ama Connection: close olmadan yanıtladı; oysa ardından bağlantıyı kapatıyor.`,
    hint: 'Hatalı bir başlık bölümünden sonra sunucu bir sonraki isteğin nerede başladığını bilemez: ardından gelen baytlar kötü isteğin devamı olabilir. Hatayı Connection: close ile yanıtlayın, sonra okumaya devam etmeden bağlantıyı kapatın.',
  },
  closesAfterRequestsPerConnection: {
    name: 'REQUESTS_PER_CONNECTION istekten sonra bağlantıyı kapatır ve bunu son yanıtta söyler',
    closedEarly: (count: number, cap: number) =>
      `REQUESTS_PER_CONNECTION=${cap} iken sunucunuz bağlantıyı ${count}. istekten sonra kapattı.`,
    closedEarlyHint:
      "Her bağlantının isteklerini sayın ve yalnızca REQUESTS_PER_CONNECTION'a (process.env'den okunan) ulaşan istekten sonra kapatın.",
    unannounced: (cap: number) =>
      `REQUESTS_PER_CONNECTION=${cap} sınırının izin verdiği son yanıt olan ${cap}. yanıtta "Connection: close" yazmıyor.`,
    unannouncedHint:
      'Haberi olmayan bir istemci sıradaki isteğini kapanmakta olan bir bağlantıya gönderir ve yanıt yerine bir hata görür. Yanıtı yazmadan önce bunun son yanıt olup olmadığına karar verin; sonuncuysa içine Connection: close koyun.',
    keptOpen: (cap: number) =>
      `REQUESTS_PER_CONNECTION=${cap} iken sunucunuz ${cap}. istekten sonra bağlantıyı açık tuttu.`,
    keptOpenHint:
      'Sınıra ulaşan yanıttan sonra bağlantıyı kapatın: socket.end(response, () => socket.destroy()).',
    defaultCap: (closedAfter: number | undefined) =>
      closedAfter === undefined
        ? 'REQUESTS_PER_CONNECTION verilmediğinde sunucunuz tek bağlantıda 1.001 isteği yanıtladı: varsayılan sınır 1.000.'
        : `REQUESTS_PER_CONNECTION verilmediğinde sunucunuz ${inTurkish.number(closedAfter)} istekten sonra Connection: close dedi: varsayılan sınır 1.000.`,
    defaultCapHint:
      "1.000'i yalnızca değişken tanımlı değilse kullanın: Number(process.env.REQUESTS_PER_CONNECTION ?? 1000).",
  },
  answersPipelinedRequestsInOrder: {
    name: 'tek seferde yazılan iki isteği, ilki /sleep olsa bile sırasıyla ve her birini tam bir kez yanıtlar',
    none: 'Tek seferde yazılan iki istek, önce GET /sleep sonra GET /, hiç yanıt almadı.',
    lost: 'Tek seferde yazılan iki istek, önce GET /sleep sonra GET /, tek bir yanıt aldı: ikinci istek kayboldu.',
    lostHint:
      'Tek bir bayt parçasında birden çok başlık bölümü olabilir. Bir başlık bölümünün boş satırından sonra gelen her şey sıradaki isteğin başıdır: onu tamponda tutun ve daha fazla bayt beklemeden önce sıradaki başlık bölümünü orada arayın.',
    extra: (count: number) =>
      `Tek seferde yazılan iki istek ${count} yanıt aldı: bir istek birden çok kez yanıtlandı.`,
    extraHint:
      'Ayrıştırdığınız her başlık bölümünü tampondan çıkarın ki sonraki arama ondan sonra başlasın; her isteği de bir kez yanıtlayın.',
    outOfOrder: (ms: number, sleepMs: number) =>
      `Önce GET /sleep sonra GET / isteğine ilk yanıt, istekler gönderildikten ${inTurkish.milliseconds(ms)} sonra geldi; ${inTurkish.milliseconds(sleepMs)} süren bir /sleep bitemeden: sunucunuz önce ikinci isteği yanıtladı.`,
    outOfOrderHint:
      'HTTP/1.1 yanıtlarında hangi isteğe yanıt olduklarını söyleyen hiçbir şey yoktur: istemci onları sırasından eşleştirir. Bir bağlantının isteklerini geldikleri sırayla, birer birer yanıtlayın: sıradaki başlık bölümünü okumadan önce öncekinin yanıtını await edin.',
    statuses: (statuses: string) =>
      `Başlık bölümlerini ikiye bölen parçalar hâlinde gönderilen GET /, GET /missing ve GET / istekleri 200, 404, 200 yerine ${statuses} durum kodlarını aldı.`,
  },
  answersPipelinedRequestsCutInPieces: {
    name: 'başlık bölümlerini ikiye bölen parçalar hâlinde gönderilen üç isteği sırasıyla yanıtlar',
  },
  closesIdleConnectionsOnSigterm: {
    name: 'SIGTERM gelince açık tutulan boştaki bağlantıları hemen kapatır',
    neverClosed:
      'SIGTERM geldikten sonra sunucunuz sıradaki isteğini bekleyen bir bağlantıyı açık tuttu: hiç kapanmıyor.',
    outlived:
      'SIGTERM geldikten sonra sunucunuz sıradaki isteğini bekleyen bir bağlantıyı ancak kapanırken kapattı.',
    late: (closed: number, answered: number) =>
      `SIGTERM'den sonra sunucunuz, sıradaki isteğini bekleyen bir bağlantıyı ${inTurkish.milliseconds(closed)} sonra kapattı; oysa bir /sleep isteğini ${locative(inTurkish.milliseconds(answered))} yanıtlamıştı.`,
    hint: "server.close() açık her bağlantının bitmesini bekler; açık tutulan bir bağlantının ise bitmesi gerekmez. Açık bağlantıların bir listesini tutun ve sinyal geldiğinde, henüz tek baytı gelmemiş bir isteği bekleyen her bağlantıyı destroy() ile kapatın. Node'un kendi http sunucusu buna closeIdleConnections() der.",
    freshKept:
      'SIGTERM geldikten sonra sunucunuz, henüz tek bayt göndermemiş yeni bir bağlantıyı, sürmekte olan /sleep isteğini yanıtladıktan çok sonrasına kadar açık tuttu.',
    freshHint:
      'İlk isteğini bekleyen bir bağlantı da boştadır: next() beklerken başlık bölümünün henüz tek baytı gelmemişse reader.idle, sonraki başlıklarda olduğu gibi ilkinde de true olur.',
  },
  finishesSleepThenClosesOnSigterm: {
    name: 'SIGTERM gelince süren bir /sleep isteğini Connection: close ile bitirir, bağlantıyı kapatır ve 0 koduyla çıkar',
    cutOff: (how: string) =>
      `Sunucunuz, SIGTERM geldiğinde çalıştırmakta olduğu /sleep isteğini bitirmeden ${how}.`,
    cutOffHint:
      'Süren bir isteği olan bağlantı boşta değil, meşguldür: bitmesine izin verin ve yanıtından sonra kapatın.',
    noClose:
      'SIGTERM geldiğinde süren /sleep isteğinin yanıtında "Connection: close" yazmıyor; oysa sunucu kapanıyor.',
    noCloseHint:
      'Bir bağlantının açık kalıp kalmayacağına isteği geldiğinde değil, yanıtı hazır olduğunda karar verin: kapanışın başladığını bir değişkende tutun; başladıysa Connection: close gönderin ve yazdıktan sonra kapatın.',
    keptOpen:
      'SIGTERM geldikten sonra sunucunuz süren bir /sleep isteğini yanıtladı, ama bağlantısını açık tuttu.',
    noExit: (how: string) =>
      `Sunucunuz SIGTERM geldikten ve son isteği yanıtlandıktan sonra ${how}: 0 koduyla çıkması bekleniyordu.`,
    noExitHint:
      'Bütün bağlantılar kapanınca server.close() geri çağırma fonksiyonunu çalıştırır: havuzu orada kapatın, süreç de kendiliğinden biter.',
  },
  answersArrivingRequestOnSigterm: {
    name: 'SIGTERM gelince açık tutulan bir bağlantıda gelmeye başlamış bir isteği Connection: close ile yanıtlar',
    cutOff:
      'SIGTERM geldikten sonra sunucunuz, sıradaki isteği gelmeye başlamış açık bir bağlantıyı o isteği yanıtlamadan kapattı.',
    noClose:
      'SIGTERM geldiğinde gelmekte olan bir isteğin yanıtında "Connection: close" yazmıyor ya da bağlantı ondan sonra açık kaldı.',
    hint: 'Bir bağlantı, yalnızca henüz tek baytı gelmemiş bir isteği beklerken boştadır. Sıradaki başlık bölümünün bir baytı tampona düştüyse o istek başlamıştır: SIGTERM gelince gelmesini bekleyin, Connection: close ile yanıtlayın ve bağlantıyı kapatın.',
  },
  exitsWithNoIdleTimerLeft: {
    name: 'istemcileri ayrıldıktan sonra SIGTERM gelince hemen çıkar: geride çalışan boşta kalma zamanlayıcısı bırakmaz',
    lingers: (seconds: number, timeoutSeconds: number) =>
      `KEEP_ALIVE_TIMEOUT_MS=${timeoutSeconds * 1000} iken, hiçbir istemci bağlı değilken sunucunuz SIGTERM'den ${inTurkish.seconds(seconds)} sonra hâlâ çalışıyordu: bir zamanlayıcı onu ayakta tutuyor.`,
    hint: "Bekleyen bir setTimeout Node'u çalışır tutar. Bir bağlantı kapanınca onun başlattığı her zamanlayıcıyı, boşta kalma zamanlayıcısını da başlık bölümünün süre sınırını da temizleyin: next()'ten her çıkışın, istemcinin ayrılmasının da çağırdığı tek bir stop() içinde. Çalışır bırakılan bir zamanlayıcı, dolana kadar bağlantısının belleğini de tutar.",
  },
};

export const m = localized({ en, tr });

/** The starter's TODO errors as a Turkish learner reads them. */
export const starterInTurkish: StarterInTurkish = {
  todos: {
    'say whether no byte of the next request has come':
      'sıradaki isteğin hiçbir baytının gelmediğini söyleyin',
    'read the next head from the buffer of this connection':
      'sıradaki başlık bölümünü bu bağlantının tamponundan okuyun',
  },
};
