import type { StarterInTurkish } from '../../scripts/harness/starter-texts.ts';
import { localized } from '../../scripts/shared/i18n/localized.ts';
import { possessive } from '../../scripts/shared/i18n/turkish-suffixes.ts';
import { inEnglish, inTurkish } from '../../scripts/shared/i18n/numbers.ts';

const en = {
  stillServing: {
    died: (after: string, how: string) => `Your server ${how} after ${after}.`,
  },
  wrongReason: (statusLine: string, reason: string) =>
    `Your server answered "${statusLine}": the code is right, but it goes with the reason ${reason}.`,
  wrongReasonHint:
    'Build the status line from the HttpError that was caught, its code and its reason together: HTTP/1.1 ${error.status} ${error.reason}. One reason for every refusal says the wrong thing for all but one.',
  escapedHint:
    'readHead() rejects now, with an HttpError: await it inside the try, so that the error reaches the catch and becomes a 408 or 431 answer instead of an unhandled rejection, which ends the server. The output below shows what ended it.',
  survivesClientsLeavingWithoutAByte: {
    name: 'survives 2,000 clients that connect and leave without sending a byte',
    after: '2,000 clients connected and left without sending anything',
    hint: 'A client that leaves before its head is complete ends readHead() with undefined, or with an error event on the socket: stop there, quietly. The first error line in the output below shows what threw.',
  },
  answersMalformedFloodAndKeepsServing: {
    name: 'answers 3,000 malformed requests and random bytes with 400 or a closed connection, and keeps serving',
    after: 'a stream of malformed requests and random bytes',
    crashed: (how: string) => `Your server ${how} when it received these bytes:`,
    crashedHint:
      'Every step of handling a request that can throw must sit inside the try: reading the head, parsing it, building the response. The output below names the line that threw.',
    silent: 'Your server neither answered nor closed the connection within 5 s after these bytes:',
    silentHint:
      'When a request cannot be parsed, answer 400 Bad Request and end the connection. A client left waiting ties up a socket for good.',
    notHttp: 'Your server answered these bytes with something that is not an HTTP response:',
    notHttpHint:
      'Whatever goes back must start with a status line such as HTTP/1.1 400 Bad Request, then the headers and the empty line.',
    accepted: (status: number) =>
      `Your server answered ${status} to a request whose request line is malformed:`,
    acceptedHint:
      'parseRequest() must reject any request line that is not METHOD TARGET HTTP/x.y, and the server answer 400 Bad Request.',
    serverError: (status: number) =>
      `Your server answered ${status}, which blames the server, to a malformed request:`,
    serverErrorHint:
      "A malformed request is the client's mistake: make parseRequest() throw an HttpError with status 400, and answer with the status the error carries.",
  },
  survivesClientsLeavingMidResponse: {
    name: 'survives clients that leave while their response is being prepared',
    after: 'clients left while their responses were being prepared',
    hint: 'By the time a response is ready, its client may be gone: writing to that socket then raises an error event. Keep the socket\'s "error" listener, and let nothing else throw when the write fails.',
  },
  answersThousandConnectionsAtOnce: {
    name: 'answers every one of 1,000 connections that arrive at once',
    lost: (lost: number, fates: Record<'refused' | 'reset' | 'closed' | 'waiting', number>) =>
      `${lost} of 1,000 connections that arrived at once did not get hello.html: ${fates.refused} refused, ${fates.reset} cut off, ${fates.closed} closed without a 200 response, ${fates.waiting} still waiting.`,
    refusedHint:
      'The connections waiting to be accepted sit in a queue, the listen backlog (511 by default). Where the system refuses a connection once it is full, make it longer: server.listen({ port, host, backlog: 1024 }).',
    after: '1,000 connections arrived at once',
    lostHint:
      'Something cut connections off under load: a cap on connections or queued jobs, or a deadline that keeps running after the head has arrived. Every connection that sent a complete head deserves its answer, however long the queue.',
  },
  refusesHeadPast8KiB: {
    name: 'serves a 6 KiB head and answers 431 or closes a head that grows past 8 KiB',
    refused: 'Your server did not serve a 6 KiB head with hello.html.',
    refusedHint:
      'Browsers send heads this large when a site sets many cookies. The limit is 8 KiB (8,192 characters of head): refuse only what is longer.',
    wholeServed:
      'Your server served a 16 KiB head that arrived whole, in one piece, with its empty line. A head longer than 8 KiB is refused whether or not its end has arrived.',
    wholeServedHint:
      'In readHead(), compare the length of the head itself with maxHeadLength, also when the empty line was found: (end === -1 ? received.length : end) > maxHeadLength.',
    endless: (kib: number) =>
      `Your server kept reading a head that never ended: it took ${kib} KiB and the connection was still open.`,
    endlessHint:
      'In readHead(), once more than 8 KiB have arrived without the empty line, stop reading and reject with an HttpError 431, so the server answers HTTP/1.1 431 Request Header Fields Too Large and ends the connection.',
    stalled: (kib: number) =>
      `Your server stopped reading a head that never ended after ${kib} KiB, but kept the connection open.`,
    stalledHint:
      'Once the head is too long, answer 431 and end the connection: a connection left open holds its socket and memory.',
    wrongStatus: (status: number) =>
      `Your server answered ${status} to a head that grew past 8 KiB; the status for that is 431.`,
    wrongStatusHint:
      'Reject with new HttpError(431, "Request Header Fields Too Large", …) and answer with the status the error carries.',
    after: 'a head that grew past 8 KiB',
  },
  keepsMemoryBoundedUnderEndlessHeads: {
    name: 'keeps its memory bounded while 100 clients send endless heads',
    open: (count: number) =>
      `${count} of 100 connections sending endless heads were still open after each had sent 1 MiB.`,
    openHint:
      'Every head that grows past 8 KiB must end its connection with a 431 (or without an answer), so no client can make the server keep more than 8 KiB of it.',
    grew: (mib: number, sentMib: number) =>
      `Your server's memory grew by ${mib} MiB while 100 clients sent it ${sentMib} MiB of endless heads.`,
    grewHint:
      'Two things make it grow: keeping every chunk of the head (check its size each time a chunk arrives, and stop as soon as it passes 8 KiB), or reading on after the 431 (close both sides once the answer is written: socket.end(answer, () => socket.destroy())).',
    after: '100 clients sent endless heads',
  },
  timesOutSilentClient: {
    name: 'times out a client that connects and sends nothing (408 or a closed connection)',
    open: (seconds: number, timeoutMs: number) =>
      `Your server kept a connection that sent nothing open for ${inEnglish.seconds(seconds)}, with HEADER_TIMEOUT_MS=${timeoutMs}.`,
    openHint:
      'Start a timer when readHead() begins: HEADER_TIMEOUT_MS milliseconds (10,000 when it is not set), read from process.env. When it fires before the head is complete, reject with an HttpError 408.',
    early: (ms: number, timeoutMs: number) =>
      `Your server closed a waiting connection after ${inEnglish.milliseconds(ms)}, before HEADER_TIMEOUT_MS=${timeoutMs} had passed.`,
    earlyHint:
      'Read the deadline from process.env.HEADER_TIMEOUT_MS instead of a number of your own.',
    wrongStatus: (status: number) =>
      `Your server answered ${status} to a client that sent nothing in time; the status for that is 408.`,
    wrongStatusHint:
      'Reject with new HttpError(408, "Request Timeout", …) and answer with the status the error carries.',
    after: 'a client that sent nothing timed out',
  },
  timesOutDribblingClient: {
    name: 'times out a client that dribbles its head a byte at a time',
    open: (seconds: number, timeoutMs: number) =>
      `Your server kept a connection open for ${inEnglish.seconds(seconds)} while its head arrived one byte every 100 ms, with HEADER_TIMEOUT_MS=${timeoutMs}.`,
    openHint:
      'socket.setTimeout() notices only silence, and a client that sends a byte now and then is never silent. Give the whole head one deadline: a setTimeout() started when readHead() begins, cleared when it ends.',
    halfClosed:
      'Your server answered the dribbling client and closed its own side, but kept taking the bytes that still came: the connection stays open for as long as the client likes.',
    halfClosedHint:
      "socket.end() closes only the server's side of a connection. After an error answer, close the whole connection once the answer is written: socket.end(answer, () => socket.destroy()).",
    after: 'a client that dribbled its head timed out',
  },
  clearsHeadDeadline: {
    name: "clears a head's deadline however the head ends: exits soon after SIGTERM once its clients are gone",
    lingers: (seconds: number, timeoutSeconds: number) =>
      `Your server still ran ${inEnglish.seconds(seconds)} after SIGTERM, with no client connected, HEADER_TIMEOUT_MS=${timeoutSeconds * 1000}: a head's deadline keeps it alive.`,
    hint: "A pending setTimeout keeps Node running. Clear the head's deadline whichever way the head ends, complete, refused or with its client gone: in one stop() that each of them calls. A timer left running also holds on to its connection until it fires.",
  },
  servesSlowSteadyHead: {
    name: 'serves a slow but steady head that arrives within HEADER_TIMEOUT_MS',
    refused: (timeoutMs: number) =>
      `Your server did not serve a head sent in pieces over about a second, with HEADER_TIMEOUT_MS=${timeoutMs}.`,
    after: 'a head that arrived slowly',
    refusedHint:
      'A slow network is not an attack: only a head that is still incomplete when HEADER_TIMEOUT_MS have passed is refused. Read the number from process.env.HEADER_TIMEOUT_MS.',
    splitLineEnd: (status: string) =>
      `A head whose first piece ended with the \\r of its first line end, the \\n coming in the next piece, got ${status} instead of 200.`,
    splitLineEndHint:
      'A \\r that is the last byte received so far may still get its \\n: look for a bare \\r only where a byte follows it, /\\r(?=[^\\n])|(?<!\\r)\\n/, not /\\r(?!\\n)/.',
  },
  letsSlowResponseFinish: {
    name: 'lets a slow response finish after the head has arrived in time',
    cut: (timeoutMs: number, sleepMs: number) =>
      `Your server did not serve GET /sleep (SLEEP_MS=${sleepMs}) with hello.html when HEADER_TIMEOUT_MS was ${timeoutMs}.`,
    after: 'a slow response',
    cutHint:
      'The deadline covers the head only. Clear the timer as soon as readHead() settles, whichever way: the response may take as long as it needs.',
  },
  answers500OnOwnError: {
    name: 'answers 500 Internal Server Error when its own code fails, prints why, and keeps serving',
    crashedHint:
      'Build the response inside the try, on the pool or not: an error that escapes the connection handler becomes an unhandled rejection, which ends the server.',
    statusHint:
      "A failure of the server's own code is not the client's fault: in the catch, answer with the status and reason of an HttpError, and with 500 Internal Server Error for any other error.",
    unsaidHint:
      "Print the error's message in the catch, for example: console.log(`${status} ${reason}: ${error.message}`).",
  },
  runsSleepOnPool: {
    name: 'still runs /sleep on the pool, and answers / meanwhile',
    blocked:
      'Your server answered GET / only after the /sleep before it had finished: /sleep blocks the main thread.',
    noWorker:
      'Your server answered GET / while a /sleep ran, but no worker said it got a job: /sleep no longer runs on the pool.',
    hint: "Keep giving requests for /sleep to the pool (await pool.execute(job)), and call respond yourself only for the others: the pool's threads are where blocking work belongs.",
    blockedBy: (request: string) =>
      `Your server answered GET / only after a ${request} before it had finished: that /sleep ran on the main thread.`,
    byPathHint:
      'respond() sleeps for every request whose path is /sleep, whatever its method or query: decide what goes to the pool by request.path alone, the same test that routing uses.',
  },
  printsNothingForServedRequests: {
    name: 'prints nothing for the requests it serves: no line per connection, a worker line for /sleep alone, and why for one it refuses',
    printed: (line: string) =>
      `Your server printed "${line}" while it served two GET /, one GET /missing and one GET /sleep, none of them refused.`,
    printedHint:
      'A line printed for every connection costs about as much as the answer itself. Print nothing for a connection that is served: a refused request still prints why, in the catch, and a worker still prints its line for each /sleep.',
    refusedSilently:
      'Your server printed nothing for the malformed request HELLO, which it refused: a refused request still prints why.',
    refusedSilentlyHint:
      'In the catch that answers an HttpError, print the error first, for example console.log(`${error.status} ${error.reason}: ${error.message}`): whoever runs the server learns why a client was turned away.',
    rootOnPool: (lines: number) =>
      `A worker printed ${lines} lines "Worker {id} got a job; executing." while your server served two GET /, one GET /missing and one GET /sleep: more than /sleep went to the pool.`,
    rootOnPoolHint:
      "Send only requests for /sleep to the pool, and call respond(request) yourself for the others (import it from './respond.ts'): a trip to a worker thread and back costs more than building the page.",
  },
  closesBothSidesAfterAnswer: {
    name: 'closes both sides of a connection once its response is written',
    open: (seconds: number) =>
      `Your server answered GET / with Connection: close but kept the connection open for ${inEnglish.seconds(seconds)}.`,
    openHint:
      'Once the response is written, close the connection: socket.end(answer, () => socket.destroy()).',
    halfClosed:
      'Your server answered GET / and closed its own side, but kept taking the bytes the client still sent: the connection stays open for as long as the client likes.',
    halfClosedHint:
      "socket.end() closes only the server's side of a connection. Close the whole connection once the response is written: socket.end(answer, () => socket.destroy()).",
  },
  limitsHeadInBytes: {
    name: 'counts the 8 KiB limit of a head in bytes, as a head read as latin1 does',
    served: (bytes: number, characters: number) =>
      `Your server served a head of ${inEnglish.number(bytes)} bytes, whose header value is made of "é" signs of 2 bytes each: decoded as UTF-8 it is ${inEnglish.number(characters)} characters, but the limit is 8 KiB.`,
    servedHint:
      "Read the head with chunk.toString('latin1') instead of setEncoding('utf8'): latin1 turns each byte into one character, so the head's length is its size in bytes, and it costs less than decoding UTF-8.",
    after: 'a head of 9,000 bytes in 4,500 characters',
  },
  sendsLargePageWhole: {
    name: 'sends a large page whole before it closes the connection',
    cut: (got: number, page: number) =>
      `Your server closed the connection after ${got.toLocaleString('en')} bytes of an ${page.toLocaleString('en')}-byte page: the rest was still on its way.`,
    hint: 'socket.end(answer) only starts the sending; socket.destroy() right after it throws away what is not sent yet. Destroy once the answer is written: socket.end(answer, () => socket.destroy()).',
  },
  readsPagesOnceAtStart: {
    name: 'reads each page once, at start: it still serves them after the files are moved away',
    reread: (path: string, statusLine: string) =>
      `Once hello.html and 404.html had been served and then moved away, your server answered GET ${path} with "${statusLine}": it reads the page again for every request.`,
    closed: (path: string) =>
      `Once hello.html and 404.html had been served and then moved away, your server closed GET ${path} without an answer: it reads the page again for every request.`,
    hint: "In respond.ts, read each page once, when the module loads, into a constant: const hello = readFileSync(new URL('hello.html', import.meta.url)). A read on every request is a blocking call on the main thread each time.",
  },
  refusesWhatNodeHttpRefuses: {
    name: 'refuses with 400 every head that node:http refuses, and answers every head it accepts',
  },
  answersHeadLikeGet: {
    name: 'answers HEAD like GET: the same status and Content-Length, and no body',
    status: (path: string, head: string, get: string) =>
      `Your server answered "${head}" to HEAD ${path}, but "${get}" to GET ${path}. HEAD asks for exactly the head GET would get.`,
    statusHint:
      'Route HEAD as you route GET: a server that serves GET must serve HEAD too (RFC 9110). Only the body is left out.',
    body: (path: string, bytes: number) =>
      `Your server sent ${bytes} bytes of body after its head, in answer to HEAD ${path}. A response to HEAD ends with the empty line.`,
    bodyHint:
      'Build the response as for GET, then leave out the body when request.method is HEAD. A client that sent HEAD reads no body, and would take those bytes for the start of the next response.',
    length: (path: string, head: string, get: string) =>
      `Your server's answer to HEAD ${path} says Content-Length: ${head}, where GET ${path} says ${get}.`,
    lengthHint:
      'Content-Length tells the size of the body GET would send, even though HEAD sends none: compute it from the page, as for GET, and drop the body, not the header.',
  },
  routesOnPathAlone: {
    name: 'routes on the path: /?x=1, http://host:port/ and http://host:port/?x=1 reach /, //missing does not',
    query: (statusLine: string) =>
      `Your server answered "${statusLine}" to GET /?x=1: it routed on the whole target, query included.`,
    queryHint:
      'The path is the target up to the first ?: /?x=1 asks for the page / with the query x=1. Set request.path in parseRequest(), and route on it.',
    absolute: (target: string, statusLine: string) =>
      `Your server answered "${statusLine}" to GET ${target}, a target in absolute form that names the page /.`,
    absoluteHint:
      'A target may be a whole URL, as clients send it to a proxy, and RFC 9112 says a server must accept that too. new URL(target).pathname gives its path, without the query.',
    doubled: (statusLine: string) =>
      `Your server answered "${statusLine}" to GET //missing, whose path is //missing, not /.`,
    doubledHint:
      "In origin form, the path is the target as it came, up to its first ?: target.split('?')[0]. new URL(target, base) reads //missing as a host name, and would serve / instead.",
  },
  answers505ToOtherVersions: {
    name: 'answers 505 to a version other than HTTP/1.x, and serves HTTP/1.0 without Host',
    not505: (statusLine: string) =>
      `Your server answered "${statusLine}" to GET / HTTP/2.0. A well-formed version the server does not speak gets 505 HTTP Version Not Supported.`,
    not505Hint:
      'In parseRequest(), once the request line has passed the 400 checks, throw new HttpError(505, "HTTP Version Not Supported", …) for any version other than HTTP/1.0 and HTTP/1.1.',
    http10: (statusLine: string) =>
      `Your server answered "${statusLine}" to GET / HTTP/1.0 without a Host header. This server speaks HTTP/1.0 too, and HTTP/1.0 needs no Host.`,
    http10Hint:
      'Serve both HTTP/1.0 and HTTP/1.1, and require Host only when the version is HTTP/1.1.',
  },
  answers405And501ToOtherMethods: {
    name: 'answers 405 with Allow to a method HTTP defines but it does not serve, and 501 to one HTTP does not define, without a body',
    notAllowed: (request: string, statusLine: string) =>
      `Your server answered "${statusLine}" to ${request}. ${request.split(' ')[0]} is a method HTTP defines but this server does not serve, on any path: the answer is 405 Method Not Allowed.`,
    body: (request: string) =>
      `Your server's answer to ${request} does not say Content-Length: 0, or carries a body.`,
    bodyHint:
      'A 405 or a 501 has no page: send Content-Length: 0 and nothing after the empty line, so that a client reading the connection knows the answer is complete.',
    postHint:
      'In route(), answer a method of the list HTTP defines that is neither GET nor HEAD with HTTP/1.1 405 Method Not Allowed.',
    allow: (allow: string) =>
      `Your 405 response says ${allow === '' ? 'nothing in an Allow header' : `Allow: ${allow}`}, where it should list the methods this server serves, GET and HEAD.`,
    allowHint:
      'A 405 response must carry an Allow header with the methods that are served (RFC 9110): Allow: GET, HEAD.',
    unknown: (statusLine: string) =>
      `Your server answered "${statusLine}" to FETCH /. A method the server does not know gets 501 Not Implemented.`,
    unknownHint:
      'Keep the list of methods HTTP defines: GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE and PATCH. A method outside it gets 501; one inside it that you do not serve gets 405.',
  },
  skipsEmptyLineBeforeRequest: {
    name: 'skips one empty line before the request line',
    refused: (statusLine: string) =>
      `Your server answered "${statusLine}" to GET / HTTP/1.1 sent after one empty line (\\r\\n). RFC 9112 lets a server skip that line, and servers do.`,
    hint: 'In parseRequest(), drop one \\r\\n at the very start of the head before you split it into lines.',
  },
  answers400WithoutExactlyOneHost: {
    name: 'answers 400 at once to an HTTP/1.1 request without Host or with two Host lines',
    missing: (statusLine: string) =>
      `Your server answered "${statusLine}" to GET / HTTP/1.1 without a Host header. HTTP/1.1 requires one: the answer is 400 Bad Request.`,
    missingHint:
      'After reading the header lines, throw new HttpError(400, "Bad Request", …) when the version is HTTP/1.1 and no Host line came.',
    two: (statusLine: string) =>
      `Your server answered "${statusLine}" to a request with two Host lines (Host and host). The answer is 400 Bad Request.`,
    twoHint:
      'Header names are compared without regard to case. When a Host line arrives and headers.host is already set, throw new HttpError(400, "Bad Request", …).',
  },
  buildsOnNetAlone: { name: 'builds on node:net alone, without node:http or a framework' },
};

const tr: typeof en = {
  stillServing: {
    died: (after: string, how: string) => `Sunucunuz şundan sonra ${how}: ${after}.`,
  },
  wrongReason: (statusLine: string, reason: string) =>
    `Sunucunuz "${statusLine}" ile yanıt verdi: kod doğru, ama onun açıklaması ${reason}.`,
  wrongReasonHint:
    "Durum satırını yakalanan HttpError'dan, kodunu ve açıklamasını birlikte alarak kurun: HTTP/1.1 ${error.status} ${error.reason}. Her ret için tek bir açıklama, biri dışında hepsi için yanlış şeyi söyler.",
  escapedHint:
    "readHead() artık bir HttpError ile reddediyor (reject): onu try'ın içinde await edin; böylece hata catch'e ulaşır ve sunucuyu sonlandıran yakalanmamış bir ret (unhandled rejection) yerine 408 ya da 431 yanıtına dönüşür. Aşağıdaki çıktı sunucuyu neyin sonlandırdığını gösterir.",
  survivesClientsLeavingWithoutAByte: {
    name: 'bağlanıp tek bayt göndermeden ayrılan 2.000 istemciye dayanır',
    after: '2.000 istemci bağlanıp hiçbir şey göndermeden ayrıldı',
    hint: "Başlık bölümü tamamlanmadan ayrılan bir istemci, readHead()'i undefined ile ya da soket üzerindeki bir error olayıyla bitirir: orada sessizce durun. Aşağıdaki çıktıdaki ilk hata satırı neyin hata fırlattığını gösterir.",
  },
  answersMalformedFloodAndKeepsServing: {
    name: '3.000 bozuk isteğe ve rastgele bayta 400 ya da kapatılan bir bağlantıyla yanıt verir ve hizmet vermeyi sürdürür',
    after: 'bozuk istekler ve rastgele baytlar',
    crashed: (how: string) => `Sunucunuz şu baytları aldığında ${how}:`,
    crashedHint:
      "Bir isteği işlerken hata fırlatabilecek her adım try'ın içinde olmalı: başlık bölümünü okumak, ayrıştırmak, yanıtı oluşturmak. Aşağıdaki çıktı hata fırlatan satırı söyler.",
    silent: 'Sunucunuz şu baytlardan sonra 5 sn içinde ne yanıt verdi ne de bağlantıyı kapattı:',
    silentHint:
      'Bir istek ayrıştırılamıyorsa 400 Bad Request ile yanıt verin ve bağlantıyı bitirin. Bekletilen bir istemci bir soketi sonsuza dek meşgul eder.',
    notHttp: 'Sunucunuz bu baytlara HTTP yanıtı olmayan bir şeyle karşılık verdi:',
    notHttpHint:
      'Geri giden her şey HTTP/1.1 400 Bad Request gibi bir durum satırıyla başlamalı, ardından başlıklar ve boş satır gelmeli.',
    accepted: (status: number) =>
      `Sunucunuz istek satırı bozuk olan bir isteğe ${status} ile yanıt verdi:`,
    acceptedHint:
      'parseRequest(), YÖNTEM HEDEF HTTP/x.y biçiminde olmayan her istek satırını reddetmeli; sunucu da 400 Bad Request ile yanıt vermeli.',
    serverError: (status: number) =>
      `Sunucunuz bozuk bir isteğe, suçu sunucuya yükleyen ${status} ile yanıt verdi:`,
    serverErrorHint:
      'Bozuk bir istek istemcinin hatasıdır: parseRequest() durum kodu 400 olan bir HttpError fırlatsın, siz de hatanın taşıdığı durum koduyla yanıt verin.',
  },
  survivesClientsLeavingMidResponse: {
    name: 'yanıtı hazırlanırken ayrılan istemcilere dayanır',
    after: 'istemciler yanıtları hazırlanırken ayrıldı',
    hint: 'Bir yanıt hazır olduğunda istemcisi çoktan gitmiş olabilir: o sokete yazmak bir error olayı doğurur. Soketin "error" dinleyicisini koruyun ve yazma başarısız olduğunda başka hiçbir şeyin hata fırlatmasına izin vermeyin.',
  },
  answersThousandConnectionsAtOnce: {
    name: 'aynı anda gelen 1.000 bağlantının her birine yanıt verir',
    lost: (lost: number, fates: Record<'refused' | 'reset' | 'closed' | 'waiting', number>) =>
      `Aynı anda gelen 1.000 bağlantının ${possessive(lost)} hello.html'i alamadı: ${fates.refused} bağlantı reddedildi, ${fates.reset} bağlantı kesildi, ${fates.closed} bağlantı 200 yanıtı almadan kapatıldı, ${fates.waiting} bağlantı hâlâ bekliyordu.`,
    refusedHint:
      'Kabul edilmeyi bekleyen bağlantılar bir kuyrukta, listen kuyruğunda (backlog; varsayılan 511) durur. Sistemin kuyruk dolunca bağlantı reddettiği yerlerde kuyruğu uzatın: server.listen({ port, host, backlog: 1024 }).',
    after: '1.000 bağlantı aynı anda geldi',
    lostHint:
      'Yük altında bir şey bağlantıları kesti: bağlantı ya da kuyruktaki iş sayısına bir üst sınır, ya da başlık bölümü geldikten sonra da işlemeye devam eden bir süre sınırı. Başlık bölümünü eksiksiz gönderen her bağlantı, kuyruk ne kadar uzun olursa olsun yanıtını hak eder.',
  },
  refusesHeadPast8KiB: {
    name: "6 KiB'lık bir başlık bölümüne hizmet verir, 8 KiB'ı aşanı 431 ile yanıtlar ya da kapatır",
    refused: "Sunucunuz 6 KiB'lık bir başlık bölümüne hello.html ile hizmet vermedi.",
    refusedHint:
      "Bir site çok sayıda çerez (cookie) kullandığında tarayıcılar bu büyüklükte başlık bölümleri gönderir. Sınır 8 KiB'tır (başlık bölümünün 8.192 karakteri): yalnızca daha uzun olanı reddedin.",
    wholeServed:
      "Sunucunuz, boş satırıyla birlikte tek parça hâlinde eksiksiz gelen 16 KiB'lık bir başlık bölümüne hizmet verdi. 8 KiB'tan uzun bir başlık bölümü, sonu gelmiş olsun ya da olmasın reddedilir.",
    wholeServedHint:
      'readHead() içinde, boş satır bulunduğunda da başlık bölümünün kendi uzunluğunu maxHeadLength ile karşılaştırın: (end === -1 ? received.length : end) > maxHeadLength.',
    endless: (kib: number) =>
      `Sunucunuz hiç bitmeyen bir başlık bölümünü okumayı sürdürdü: ${kib} KiB aldı ve bağlantı hâlâ açıktı.`,
    endlessHint:
      "readHead() içinde, boş satır gelmeden 8 KiB'tan fazlası geldiğinde okumayı bırakın ve 431 durumlu bir HttpError ile reddedin; böylece sunucu HTTP/1.1 431 Request Header Fields Too Large ile yanıt verip bağlantıyı bitirir.",
    stalled: (kib: number) =>
      `Sunucunuz hiç bitmeyen bir başlık bölümünü ${kib} KiB sonra okumayı bıraktı ama bağlantıyı açık tuttu.`,
    stalledHint:
      'Başlık bölümü fazla uzunsa 431 ile yanıt verin ve bağlantıyı bitirin: açık bırakılan bir bağlantı soketini ve belleğini elinde tutar.',
    wrongStatus: (status: number) =>
      `Sunucunuz 8 KiB'ı aşan bir başlık bölümüne ${status} ile yanıt verdi; bunun durum kodu 431'dir.`,
    wrongStatusHint:
      'new HttpError(431, "Request Header Fields Too Large", …) ile reddedin ve hatanın taşıdığı durum koduyla yanıt verin.',
    after: "8 KiB'ı aşan bir başlık bölümü",
  },
  keepsMemoryBoundedUnderEndlessHeads: {
    name: '100 istemci bitmeyen başlık bölümleri gönderirken belleğini sınırlı tutar',
    open: (count: number) =>
      `Bitmeyen başlık bölümü gönderen 100 bağlantının ${possessive(count)}, her biri 1 MiB gönderdikten sonra hâlâ açıktı.`,
    openHint:
      "8 KiB'ı aşan her başlık bölümü bağlantısını bir 431 ile (ya da yanıtsız) bitirmeli; böylece hiçbir istemci sunucunun kendisinden 8 KiB'tan fazlasını tutmasına yol açamaz.",
    grew: (mib: number, sentMib: number) =>
      `100 istemci sunucunuza ${sentMib} MiB bitmeyen başlık bölümü gönderirken sunucunuzun belleği ${mib} MiB büyüdü.`,
    grewHint:
      "Onu iki şey büyütür: başlık bölümünün her parçasını saklamak (her parça geldiğinde büyüklüğüne bakın ve 8 KiB'ı geçtiği anda bırakın) ya da 431'den sonra okumayı sürdürmek (yanıt yazılınca iki tarafı da kapatın: socket.end(answer, () => socket.destroy())).",
    after: '100 istemci bitmeyen başlık bölümleri gönderdi',
  },
  timesOutSilentClient: {
    name: 'bağlanıp hiçbir şey göndermeyen istemciyi süre dolunca bırakır (408 ya da kapatılan bağlantı)',
    open: (seconds: number, timeoutMs: number) =>
      `Sunucunuz HEADER_TIMEOUT_MS=${timeoutMs} iken hiçbir şey göndermeyen bir bağlantıyı ${inTurkish.seconds(seconds)} açık tuttu.`,
    openHint:
      "readHead() başladığında bir zamanlayıcı başlatın: process.env'den okunan HEADER_TIMEOUT_MS milisaniye (tanımlı değilse 10.000). Başlık bölümü tamamlanmadan zamanlayıcı dolarsa 408 durumlu bir HttpError ile reddedin.",
    early: (ms: number, timeoutMs: number) =>
      `Sunucunuz bekleyen bir bağlantıyı ${inTurkish.milliseconds(ms)} sonra, HEADER_TIMEOUT_MS=${timeoutMs} dolmadan kapattı.`,
    earlyHint:
      "Süre sınırını kendi seçtiğiniz bir sayı yerine process.env.HEADER_TIMEOUT_MS'ten okuyun.",
    wrongStatus: (status: number) =>
      `Sunucunuz zamanında hiçbir şey göndermeyen bir istemciye ${status} ile yanıt verdi; bunun durum kodu 408'dir.`,
    wrongStatusHint:
      'new HttpError(408, "Request Timeout", …) ile reddedin ve hatanın taşıdığı durum koduyla yanıt verin.',
    after: 'hiçbir şey göndermeyen bir istemcinin süresi doldu',
  },
  timesOutDribblingClient: {
    name: 'başlık bölümünü bayt bayt damlatan istemciyi süre dolunca bırakır',
    open: (seconds: number, timeoutMs: number) =>
      `Sunucunuz, HEADER_TIMEOUT_MS=${timeoutMs} iken başlık bölümü her 100 ms'de bir bayt gelen bir bağlantıyı ${inTurkish.seconds(seconds)} açık tuttu.`,
    openHint:
      'socket.setTimeout() yalnızca sessizliği fark eder; arada bir bayt gönderen bir istemci hiç sessiz kalmaz. Başlık bölümünün tamamına tek bir süre sınırı verin: readHead() başlarken başlatılan, bittiğinde temizlenen bir setTimeout().',
    halfClosed:
      'Sunucunuz damlatan istemciye yanıt verip kendi tarafını kapattı, ama gelmeye devam eden baytları almayı sürdürdü: bağlantı istemci istediği sürece açık kalıyor.',
    halfClosedHint:
      'socket.end() bir bağlantının yalnızca sunucu tarafını kapatır. Bir hata yanıtından sonra, yanıt yazılınca bağlantının tamamını kapatın: socket.end(answer, () => socket.destroy()).',
    after: 'başlık bölümünü damlatan bir istemcinin süresi doldu',
  },
  clearsHeadDeadline: {
    name: 'başlık bölümü nasıl biterse bitsin süre sınırını temizler: istemcileri gidince SIGTERM üzerine hemen kapanır',
    lingers: (seconds: number, timeoutSeconds: number) =>
      `Sunucunuz, bağlı istemci yokken ve HEADER_TIMEOUT_MS=${timeoutSeconds * 1000} iken SIGTERM'den ${inTurkish.seconds(seconds)} sonra hâlâ çalışıyordu: bir başlık bölümünün süre sınırı onu ayakta tutuyor.`,
    hint: "Bekleyen bir setTimeout Node'u çalışır durumda tutar. Başlık bölümünün süre sınırını, başlık nasıl biterse bitsin temizleyin: tamamlanınca, reddedilince ya da istemcisi gidince; her birinin çağırdığı tek bir stop() içinde. Çalışır bırakılan bir zamanlayıcı, dolana kadar bağlantısını da bellekte tutar.",
  },
  servesSlowSteadyHead: {
    name: 'HEADER_TIMEOUT_MS içinde gelen yavaş ama düzenli bir başlık bölümüne hizmet verir',
    refused: (timeoutMs: number) =>
      `Sunucunuz, HEADER_TIMEOUT_MS=${timeoutMs} iken yaklaşık bir saniyeye yayılarak parça parça gönderilen bir başlık bölümüne hizmet vermedi.`,
    after: 'yavaş gelen bir başlık bölümü',
    refusedHint:
      "Yavaş bir ağ saldırı değildir: yalnızca HEADER_TIMEOUT_MS dolduğunda hâlâ eksik olan başlık bölümü reddedilir. Sayıyı process.env.HEADER_TIMEOUT_MS'ten okuyun.",
    splitLineEnd: (status: string) =>
      `İlk parçası ilk satır sonunun \\r'siyle biten, \\n'si sonraki parçada gelen bir başlık bölümü 200 yerine ${status} aldı.`,
    splitLineEndHint:
      "Şimdiye kadar gelen son bayt olan bir \\r, \\n'sini hâlâ alabilir: tek başına bir \\r'yi yalnızca ardından bir bayt geldiği yerde arayın, /\\r(?!\\n)/ ile değil, /\\r(?=[^\\n])|(?<!\\r)\\n/ ile.",
  },
  letsSlowResponseFinish: {
    name: 'başlık bölümü zamanında geldiyse yavaş bir yanıtın bitmesine izin verir',
    cut: (timeoutMs: number, sleepMs: number) =>
      `Sunucunuz HEADER_TIMEOUT_MS=${timeoutMs} iken GET /sleep isteğine (SLEEP_MS=${sleepMs}) hello.html ile hizmet vermedi.`,
    after: 'yavaş bir yanıt',
    cutHint:
      'Süre sınırı yalnızca başlık bölümünü kapsar. readHead() hangi yolla sonuçlanırsa sonuçlansın zamanlayıcıyı hemen temizleyin: yanıt gerektiği kadar sürebilir.',
  },
  answers500OnOwnError: {
    name: 'kendi kodu hata verdiğinde 500 Internal Server Error ile yanıt verir, nedenini yazar ve hizmet vermeyi sürdürür',
    crashedHint:
      'Yanıtı, havuzda olsun olmasın, try içinde hazırlayın: bağlantı işleyicisinden kaçan bir hata, sunucuyu bitiren, yakalanmamış bir reddedilme (unhandled rejection) olur.',
    statusHint:
      'Sunucunun kendi kodundaki bir hata istemcinin suçu değildir: catch içinde bir HttpError için onun durum kodu ve açıklamasıyla, başka her hata için 500 Internal Server Error ile yanıt verin.',
    unsaidHint:
      'catch içinde hatanın mesajını yazdırın, örneğin: console.log(`${status} ${reason}: ${error.message}`).',
  },
  runsSleepOnPool: {
    name: "/sleep'i hâlâ havuzda çalıştırır ve bu sırada / isteğini yanıtlar",
    blocked:
      'Sunucunuz GET / isteğini ancak kendinden önceki /sleep bittikten sonra yanıtladı: /sleep ana iş parçacığını engelliyor.',
    noWorker:
      'Sunucunuz bir /sleep sürerken GET / isteğini yanıtladı, ama hiçbir Worker iş aldığını söylemedi: /sleep artık havuzda çalışmıyor.',
    hint: "/sleep isteklerini havuza vermeyi sürdürün (await pool.execute(job)) ve respond'u yalnızca diğerleri için kendiniz çağırın: engelleyen işin yeri havuzun iş parçacıklarıdır.",
    blockedBy: (request: string) =>
      `Sunucunuz GET / isteğini ancak kendinden önceki ${request} bittikten sonra yanıtladı: o /sleep ana iş parçacığında çalıştı.`,
    byPathHint:
      "respond(), yolu /sleep olan her istekte bekler; yöntemi ya da sorgusu ne olursa olsun. Havuza neyin gideceğine yalnızca request.path'e bakarak karar verin, yönlendirmenin baktığı yere.",
  },
  printsNothingForServedRequests: {
    name: 'hizmet verdiği istekler için hiçbir şey yazdırmaz: bağlantı başına satır yok, Worker satırı yalnızca /sleep için, reddettiği bir istek için de nedeni',
    printed: (line: string) =>
      `Sunucunuz, hiçbiri reddedilmeyen iki GET /, bir GET /missing ve bir GET /sleep isteğine hizmet verirken "${line}" yazdırdı.`,
    printedHint:
      'Her bağlantı için yazdırılan bir satır, yaklaşık yanıtın kendisi kadar pahalıdır. Hizmet verilen bir bağlantı için hiçbir şey yazdırmayın: reddedilen bir istek catch içinde nedenini yine yazar, bir Worker da her /sleep için satırını yine yazar.',
    refusedSilently:
      'Sunucunuz reddettiği bozuk HELLO isteği için hiçbir şey yazdırmadı: reddedilen bir istek nedenini yine yazdırır.',
    refusedSilentlyHint:
      "Bir HttpError'ı yanıtlayan catch bloğunda önce hatayı yazdırın, örneğin console.log(`${error.status} ${error.reason}: ${error.message}`): sunucuyu çalıştıran kişi bir istemcinin neden geri çevrildiğini öğrenir.",
    rootOnPool: (lines: number) =>
      `Sunucunuz iki GET /, bir GET /missing ve bir GET /sleep isteğine hizmet verirken Worker'lar ${lines} kez "Worker {id} got a job; executing." yazdırdı: havuza /sleep'ten fazlası gitti.`,
    rootOnPoolHint:
      "Havuza yalnızca /sleep isteklerini gönderin, diğerleri için respond(request) fonksiyonunu kendiniz çağırın ('./respond.ts' dosyasından içe aktararak): bir Worker iş parçacığına gidip gelmek, sayfayı hazırlamaktan pahalıdır.",
  },
  closesBothSidesAfterAnswer: {
    name: 'yanıtı yazılınca bağlantıyı iki taraftan da kapatır',
    open: (seconds: number) =>
      `Sunucunuz Connection: close içeren GET / isteğini yanıtladı, ama bağlantıyı ${inTurkish.seconds(seconds)} boyunca açık tuttu.`,
    openHint: 'Yanıt yazılınca bağlantıyı kapatın: socket.end(answer, () => socket.destroy()).',
    halfClosed:
      'Sunucunuz GET / isteğini yanıtladı ve kendi tarafını kapattı, ama istemcinin göndermeyi sürdürdüğü baytları almaya devam etti: bağlantı, istemci istediği sürece açık kalır.',
    halfClosedHint:
      'socket.end() bağlantının yalnızca sunucu tarafını kapatır. Yanıt yazılınca bağlantının tamamını kapatın: socket.end(answer, () => socket.destroy()).',
  },
  limitsHeadInBytes: {
    name: 'bir başlık bölümünün 8 KiB sınırını, latin1 olarak okunan bir başlığın yaptığı gibi bayt olarak sayar',
    served: (bytes: number, characters: number) =>
      `Sunucunuz ${inTurkish.number(bytes)} baytlık bir başlık bölümüne hizmet verdi; başlık değeri 2'şer baytlık "é" işaretlerinden oluşuyordu: UTF-8 olarak çözülünce ${inTurkish.number(characters)} karakter eder, ama sınır 8 KiB.`,
    servedHint:
      "Başlık bölümünü setEncoding('utf8') yerine chunk.toString('latin1') ile okuyun: latin1 her baytı bir karaktere çevirir, böylece başlığın uzunluğu bayt olarak boyutu olur; UTF-8 çözmekten de ucuzdur.",
    after: '4.500 karakterlik 9.000 baytlık bir başlık bölümü',
  },
  sendsLargePageWhole: {
    name: 'büyük bir sayfayı bağlantıyı kapatmadan önce eksiksiz gönderir',
    cut: (got: number, page: number) =>
      `Sunucunuz ${page.toLocaleString('tr')} baytlık bir sayfanın ${got.toLocaleString('tr')} baytından sonra bağlantıyı kapattı: geri kalanı hâlâ yoldaydı.`,
    hint: 'socket.end(answer) gönderimi yalnızca başlatır; hemen ardından gelen socket.destroy() henüz gönderilmemiş olanı atar. Yanıt yazıldıktan sonra yok edin: socket.end(answer, () => socket.destroy()).',
  },
  readsPagesOnceAtStart: {
    name: 'her sayfayı başlangıçta bir kez okur: dosyalar başka yere taşındıktan sonra da onları sunar',
    reread: (path: string, statusLine: string) =>
      `hello.html ve 404.html bir kez sunulup başka yere taşındıktan sonra sunucunuz GET ${path} isteğine "${statusLine}" ile yanıt verdi: sayfayı her istekte yeniden okuyor.`,
    closed: (path: string) =>
      `hello.html ve 404.html bir kez sunulup başka yere taşındıktan sonra sunucunuz GET ${path} bağlantısını yanıt vermeden kapattı: sayfayı her istekte yeniden okuyor.`,
    hint: "respond.ts içinde her sayfayı modül yüklenirken bir kez, bir sabite okuyun: const hello = readFileSync(new URL('hello.html', import.meta.url)). Her istekte yapılan bir okuma, her seferinde ana iş parçacığında engelleyen bir çağrıdır.",
  },
  refusesWhatNodeHttpRefuses: {
    name: "node:http'nin reddettiği her başlık bölümünü 400 ile reddeder, kabul ettiği her birini yanıtlar",
  },
  answersHeadLikeGet: {
    name: "HEAD'i GET gibi yanıtlar: aynı durum kodu ve Content-Length, ama gövde yok",
    status: (path: string, head: string, get: string) =>
      `Sunucunuz HEAD ${path} isteğine "${head}", GET ${path} isteğine ise "${get}" ile yanıt verdi. HEAD, GET'in alacağı başlık bölümünün tam olarak aynısını ister.`,
    statusHint:
      "HEAD'i GET'i yönlendirdiğiniz gibi yönlendirin: GET'e hizmet veren bir sunucu HEAD'e de hizmet vermeli (RFC 9110). Yalnızca gövde atlanır.",
    body: (path: string, bytes: number) =>
      `Sunucunuz HEAD ${path} isteğine verdiği yanıtta başlık bölümünden sonra ${bytes} baytlık bir gövde gönderdi. HEAD'e verilen yanıt boş satırla biter.`,
    bodyHint:
      'Yanıtı GET için kurduğunuz gibi kurun, sonra request.method HEAD ise gövdeyi dışarıda bırakın. HEAD gönderen bir istemci gövde okumaz ve o baytları bir sonraki yanıtın başı sanır.',
    length: (path: string, head: string, get: string) =>
      `Sunucunuzun HEAD ${path} yanıtı Content-Length: ${head} diyor, GET ${path} ise ${get} diyor.`,
    lengthHint:
      "Content-Length, HEAD hiç gövde göndermese de GET'in göndereceği gövdenin boyunu söyler: onu GET'teki gibi sayfadan hesaplayın, başlığı değil gövdeyi atın.",
  },
  routesOnPathAlone: {
    name: "yola (path) göre yönlendirir: /?x=1, http://host:port/ ve http://host:port/?x=1 istekleri /'a ulaşır, //missing ulaşmaz",
    query: (statusLine: string) =>
      `Sunucunuz GET /?x=1 isteğine "${statusLine}" ile yanıt verdi: sorgu (query) dahil bütün hedefe göre yönlendirdi.`,
    queryHint:
      "Yol, hedefin ilk ?'e kadar olan kısmıdır: /?x=1, x=1 sorgusuyla / sayfasını ister. request.path'i parseRequest() içinde doldurun ve ona göre yönlendirin.",
    absolute: (target: string, statusLine: string) =>
      `Sunucunuz, / sayfasını adlandıran absolute form'daki bir hedefe, GET ${target} isteğine "${statusLine}" ile yanıt verdi.`,
    absoluteHint:
      "Hedef, istemcilerin bir proxy'ye gönderdiği gibi bütün bir URL olabilir ve RFC 9112 bir sunucunun bunu da kabul etmesi gerektiğini söyler. Sorgusu olmadan yolunu new URL(target).pathname verir.",
    doubled: (statusLine: string) =>
      `Sunucunuz GET //missing isteğine "${statusLine}" ile yanıt verdi; oysa bu isteğin yolu / değil, //missing.`,
    doubledHint:
      "Origin form'da yol, hedefin geldiği hâliyle ilk ?'e kadar olan kısmıdır: target.split('?')[0]. new URL(target, base) //missing'i bir sunucu adı olarak okur ve onun yerine /'u sunar.",
  },
  answers505ToOtherVersions: {
    name: "HTTP/1.x dışındaki bir sürüme 505 ile yanıt verir, Host'suz HTTP/1.0'a hizmet verir",
    not505: (statusLine: string) =>
      `Sunucunuz GET / HTTP/2.0 isteğine "${statusLine}" ile yanıt verdi. Sunucunun desteklemediği, düzgün yazılmış bir sürüm 505 HTTP Version Not Supported alır.`,
    not505Hint:
      'parseRequest() içinde, istek satırı 400 denetimlerinden geçtikten sonra HTTP/1.0 ve HTTP/1.1 dışındaki her sürüm için new HttpError(505, "HTTP Version Not Supported", …) atın.',
    http10: (statusLine: string) =>
      `Sunucunuz Host başlığı olmayan GET / HTTP/1.0 isteğine "${statusLine}" ile yanıt verdi. Bu sunucu HTTP/1.0 da konuşur ve HTTP/1.0 Host istemez.`,
    http10Hint:
      "Hem HTTP/1.0'a hem HTTP/1.1'e hizmet verin; Host'u yalnızca sürüm HTTP/1.1 olduğunda zorunlu tutun.",
  },
  answers405And501ToOtherMethods: {
    name: "HTTP'nin tanımladığı ama hizmet vermediği bir yönteme Allow ile 405, HTTP'nin tanımlamadığı bir yönteme 501 ile, gövdesiz yanıt verir",
    notAllowed: (request: string, statusLine: string) =>
      `Sunucunuz ${request} isteğine "${statusLine}" ile yanıt verdi. ${request.split(' ')[0]}, HTTP'nin tanımladığı ama bu sunucunun hiçbir yolda hizmet vermediği bir metot: yanıtı 405 Method Not Allowed.`,
    body: (request: string) =>
      `Sunucunuzun ${request} isteğine yanıtı Content-Length: 0 demiyor ya da bir gövde taşıyor.`,
    bodyHint:
      "405 ya da 501'in sayfası yoktur: Content-Length: 0 gönderin ve boş satırdan sonra hiçbir şey göndermeyin; bağlantıyı okuyan istemci yanıtın bittiğini böyle anlar.",
    postHint:
      "route() içinde, HTTP'nin tanımladığı listede olup GET ya da HEAD olmayan bir yönteme HTTP/1.1 405 Method Not Allowed ile yanıt verin.",
    allow: (allow: string) =>
      `405 yanıtınız ${allow === '' ? 'bir Allow başlığında hiçbir şey söylemiyor' : `Allow: ${allow} diyor`}; oysa bu sunucunun hizmet verdiği metotları, GET ve HEAD'i listelemeli.`,
    allowHint:
      'Bir 405 yanıtı hizmet verilen metotları listeleyen bir Allow başlığı taşımalı (RFC 9110): Allow: GET, HEAD.',
    unknown: (statusLine: string) =>
      `Sunucunuz FETCH / isteğine "${statusLine}" ile yanıt verdi. Sunucunun tanımadığı bir metot 501 Not Implemented alır.`,
    unknownHint:
      "HTTP'nin tanımladığı metotların listesini tutun: GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE ve PATCH. Listenin dışındaki bir metot 501, listede olup hizmet vermediğiniz bir metot 405 alır.",
  },
  skipsEmptyLineBeforeRequest: {
    name: 'istek satırından önceki tek bir boş satırı atlar',
    refused: (statusLine: string) =>
      `Sunucunuz, bir boş satırdan (\\r\\n) sonra gönderilen GET / HTTP/1.1 isteğine "${statusLine}" ile yanıt verdi. RFC 9112 sunucunun bu satırı atlamasına izin verir ve sunucular atlar.`,
    hint: "parseRequest() içinde, başlık bölümünü satırlara bölmeden önce en baştaki tek bir \\r\\n'i atın.",
  },
  answers400WithoutExactlyOneHost: {
    name: 'Host başlığı olmayan ya da iki Host satırı taşıyan bir HTTP/1.1 isteğine hemen 400 ile yanıt verir',
    missing: (statusLine: string) =>
      `Sunucunuz Host başlığı olmayan GET / HTTP/1.1 isteğine "${statusLine}" ile yanıt verdi. HTTP/1.1 bir Host ister: yanıtı 400 Bad Request.`,
    missingHint:
      'Başlık satırlarını okuduktan sonra, sürüm HTTP/1.1 ise ve hiç Host satırı gelmediyse new HttpError(400, "Bad Request", …) atın.',
    two: (statusLine: string) =>
      `Sunucunuz iki Host satırı (Host ve host) taşıyan bir isteğe "${statusLine}" ile yanıt verdi. Yanıtı 400 Bad Request.`,
    twoHint:
      'Başlık adları büyük-küçük harf ayırt edilmeden karşılaştırılır. Bir Host satırı geldiğinde headers.host zaten doluysa new HttpError(400, "Bad Request", …) atın.',
  },
  buildsOnNetAlone: {
    name: 'node:http ya da bir çatı (framework) olmadan yalnızca node:net üzerine kurulur',
  },
};

export const m = localized({ en, tr });

/** The starter's TODO errors, and what this step's finished code prints, as a Turkish learner reads them. */
export const starterInTurkish: StarterInTurkish = {
  todos: {
    'skip the empty line before the request line': 'istek satırından önceki boş satırı atlayın',
    'answer 505 to a version the server does not speak':
      'sunucunun desteklemediği bir sürüme 505 ile yanıt verin',
    'take the path out of the target': 'yolu hedeften çıkarın',
    'answer HEAD like GET, without the body': 'HEAD isteğini GET gibi, ama gövdesiz yanıtlayın',
    'answer 405 or 501 to a method other than GET':
      'GET dışındaki bir yönteme 405 ya da 501 ile yanıt verin',
    'refuse a head longer than maxHeadLength':
      'maxHeadLength değerinden uzun bir başlık bölümünü reddedin',
  },
  printed: {
    'The head is too long': 'Başlık bölümü çok uzun',
    'The head did not arrive in time': 'Başlık bölümü zamanında gelmedi',
  },
};
