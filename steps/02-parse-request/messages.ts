import type { StarterInTurkish } from '../../scripts/harness/starter-texts.ts';
import { localized } from '../../scripts/shared/i18n/localized.ts';

const en = {
  resolvesWithHeadAlone: {
    name: 'readHead resolves with the head alone once the empty line has arrived',
    pending:
      'readHead() received a whole head, its empty line (\\r\\n\\r\\n) and the start of a body, and did not resolve.',
    rejected: 'readHead() rejected its promise for a whole, well-formed head.',
    pendingHint:
      "Add each 'data' chunk to the text received so far, and search all of it for \\r\\n\\r\\n: the empty line may arrive together with the bytes after it.",
    withBody:
      'readHead() resolved with the head and the bytes that came after its empty line: those belong to the body, not to the head.',
    wrongHead: 'readHead() resolved with something else than the head that arrived.',
    wrongHeadHint:
      "Resolve with everything before the first \\r\\n\\r\\n, and nothing after it: received.slice(0, received.indexOf('\\r\\n\\r\\n')).",
    destroyed:
      'readHead() resolved with the head, but destroyed the socket on the way: the response your server writes on it from step 3 on would never be sent.',
    destroyedHint:
      "Leaving a for await loop over the socket with break or return destroys the socket. Read with socket.on('data', …) and stop with socket.off() once the empty line has arrived, or loop over socket.iterator({ destroyOnReturn: false }), which leaves the socket open.",
    ended:
      'readHead() resolved with the head, but ended the socket on the way: the response your server writes on it from step 3 on could no longer be sent.',
    endedHint:
      "readHead() only reads. Ending the connection is the server's part, once it has written its response: leave socket.end() out of readHead().",
    stillListening: (count: number) =>
      `readHead() resolved but left ${count} 'data' listener${count === 1 ? '' : 's'} on the socket.`,
    stillListeningHint:
      "Once the head is complete, stop listening with socket.off('data', handler), handing it the same function you gave socket.on(). The bytes after the head are not yours to read.",
  },
  resolvesUndefinedWhenClientLeaves: {
    name: 'readHead resolves with undefined when the client leaves before the empty line',
    pending: (leave: 'close' | 'reset') =>
      `A client sent part of a head and then ${leave === 'close' ? 'closed the connection' : 'reset the connection'}; readHead() never resolved, so that connection's handler waits for ever.`,
    pendingHint:
      "Listen for the socket's 'close' event and resolve with undefined there: socket.once('close', () => resolve(undefined)).",
    resetHint:
      "After a reset, the socket emits 'error' and 'close', but no 'end'. Resolve with undefined on 'close', which comes however the connection ends.",
    notUndefined: (leave: 'close' | 'reset', what: string) =>
      `A client sent part of a head and then ${leave === 'close' ? 'closed the connection' : 'reset the connection'}; readHead() gave ${what} instead of resolving with undefined.`,
    anError: 'an error',
    notUndefinedHint:
      "Resolve with undefined on 'close': the connection handler then sees that no head came and stops there. A rejection would escape the handler and end the whole server; a for await loop over the socket throws when the client resets the connection, so catch that and resolve with undefined.",
  },
  parsesCurlRequest: { name: "parses curl's request into method, target, version and headers" },
  parsesBrowserRequestWithColonsInValues: {
    name: "parses a browser's request, whose header values contain colons",
  },
  matchesHeaderNamesInAnyCase: {
    name: 'matches header names without regard to case, trims values, and keeps the last of a repeated header',
  },
  parsedWrong: {
    requestLine: 'parseRequest() returned the wrong method, target or version for this request.',
    headers: 'parseRequest() returned the wrong headers for this request.',
  },
  parsedWrongHint: {
    requestLine:
      'The request line is the first line: method, target and version, separated by single spaces.',
    headers:
      'Split each header line at its first colon only (values such as 127.0.0.1:7878 contain colons), use the lower-cased name as the key, and trim spaces around the value. A header that comes twice keeps its last value.',
  },
  rejectsMalformedRequestLine: {
    name: 'rejects a malformed request line with an error',
    accepted: 'parseRequest() accepted a request line that is not valid.',
    hint: 'A request line has exactly three parts, METHOD TARGET HTTP/x.y, separated by single spaces. Throw an Error that says what is wrong otherwise.',
    unexplained: (line: string) =>
      `parseRequest() refused the request line ${line}, but threw no Error that says why.`,
    unexplainedHint:
      'Throw an Error with a message: throw new Error(`Malformed request line: ${requestLine}`). Your server prints that message: it is how you learn why a request was refused.',
  },
  rejectsLowerCaseMethod: {
    name: 'rejects a method that is not written in capital letters',
    lowerCase: 'parseRequest() accepted a method written in lower case.',
    lowerCaseHint:
      'Methods are case-sensitive: get is not GET. Check the method against /^[A-Z]+$/ and throw an Error otherwise; do not convert it with toUpperCase().',
    notAToken:
      'parseRequest() accepted a method that holds quotes or a colon, which a method never does.',
    notATokenHint:
      'Check that the method is made of capital letters only (/^[A-Z]+$/). A test such as method === method.toUpperCase() lets through anything that has no lower-case letter, quotes and colons included.',
  },
  rejectsPartsNotSeparatedBySingleSpaces: {
    name: 'rejects a request line whose parts are not separated by single spaces',
    accepted:
      'parseRequest() accepted a request line whose parts are separated by a tab or another kind of space.',
    hint: "Split the request line on the space character alone: requestLine.split(' '). A split on /\\s+/ or /\\s/ also splits on tabs and non-breaking spaces, which HTTP does not allow there.",
  },
  printsRequest: {
    whenItArrivesInOneWrite: 'prints the request when it arrives in one write',
    whenItArrivesInTwoWrites: 'prints the request when it arrives in two writes',
    whenItArrivesByteByByte: 'prints the request when it arrives one byte at a time',
    nothingPrinted:
      'Your server received a whole request, ending with its empty line (\\r\\n\\r\\n), and printed nothing for it.',
    nothingPrintedHint:
      'So the head was never handled: does readHead() resolve? It must search everything received so far for \\r\\n\\r\\n (a carriage return and a line feed, twice), and the connection handler must await it.',
    promise:
      'Your server printed a Promise, or called a string method on one, instead of using the request head.',
    promiseHint:
      'readHead() returns a Promise. Make the connection handler async and write const head = await readHead(socket).',
    notPrinted:
      'Your server did not print "Request:" followed by the lines of the request it received.',
    notPrintedHint:
      'Print "Request:" and then the head, once the empty line that ends the head has arrived.',
    piecemeal: (count: number) =>
      `Your server printed "Request:" ${count} times for one request: it printed each piece as it arrived.`,
    piecemealHint:
      "TCP may deliver a request in any number of pieces. Collect the 'data' chunks until the empty line (\\r\\n\\r\\n) has arrived, and only then handle the head.",
    splitCharacter:
      'Your server printed � where the request had a letter such as ç or a dash such as —: those take two or three bytes, and they arrived in separate pieces.',
    splitCharacterHint:
      "Call socket.setEncoding('utf8') in readHead() before you listen for 'data'. The socket then hands you strings, and keeps the bytes of a character together until all of them have arrived; decoding each piece alone (chunk.toString()) cannot.",
  },
  waitsForEmptyLine: {
    name: 'waits for the empty line before handling the request',
    early:
      'Your server printed the request before its head was complete (the empty line had not arrived).',
    hint: 'The head ends with an empty line: \\r\\n\\r\\n. Until it arrives, more header lines may still come.',
  },
  closesMalformedRequestAndKeepsServing: {
    name: 'closes the connection of a malformed request and keeps serving',
    notClosed: 'Your server did not close the connection after a malformed request.',
    notClosedHint:
      'When parseRequest() throws, catch the error, print why, and end that connection with socket.end().',
    silent: 'Your server closed the connection of a malformed request without printing why.',
    silentHint: 'Print a short line that says what was wrong, for example "Bad request: …".',
    notWhy: (why: string) =>
      `Your server printed a line for the malformed request HELLO, but not why it was refused: parseRequest() says "${why}".`,
    notWhyHint:
      'Print the message of the error you caught, for example console.log(`Bad request: ${(error as Error).message}`), so that whoever reads the log learns what was wrong.',
    printedRequest:
      'Your server printed "Request:" for a malformed request, as if it had been accepted.',
    printedRequestHint:
      'Print "Request:" and the head only after parseRequest() has returned, inside try; a head it refuses gets the catch block\'s line alone.',
  },
  keepsRunningWhenClientLeavesEarly: {
    name: 'keeps running when a client leaves before the empty line',
    crashed: (how: string) =>
      `Your server ${how} after a client sent part of a request head and left before the empty line.`,
    hint: "When the client leaves first, readHead() resolves with undefined, and the handler stops there. If your readHead() rejects instead, the await outside try throws, and an error thrown in the connection handler ends the whole server. Resolve with undefined on 'close'.",
    parsedUndefined: (line: string) =>
      `After a client left before the empty line, your server printed ${JSON.stringify(line)}: it went on and handled a head that never came.`,
    parsedUndefinedHint:
      'When readHead() resolves with undefined, the client has gone: stop there with if (head === undefined) return; before parseRequest().',
  },
  endsConnectionAfterPrinting: {
    name: 'ends the connection once it has printed the request',
    open: 'Your server printed the request but left the connection open, so the client kept waiting.',
    hint: 'End the connection with socket.end() after a good request too, not only in the catch block: either way, the connection is over.',
  },
  buildsOnNetAlone: { name: 'builds on node:net alone, without node:http or a framework' },
};

const tr: typeof en = {
  resolvesWithHeadAlone: {
    name: 'readHead, boş satır gelince yalnızca başlık bölümüyle çözülür',
    pending:
      'readHead() başlık bölümünün tamamını, boş satırı (\\r\\n\\r\\n) ve gövdenin başını aldı, ama çözülmedi (resolve etmedi).',
    rejected:
      "readHead(), eksiksiz ve düzgün bir başlık bölümü için promise'ini reddetti (reject).",
    pendingHint:
      "Her 'data' parçasını o ana kadar gelen metne ekleyin ve \\r\\n\\r\\n dizisini metnin tamamında arayın: boş satır, ardından gelen baytlarla aynı parçada gelebilir.",
    withBody:
      'readHead(), başlık bölümüyle birlikte boş satırdan sonra gelen baytlarla da çözüldü: o baytlar başlığa değil, gövdeye aittir.',
    wrongHead: 'readHead(), gelen başlık bölümünden başka bir şeyle çözüldü.',
    wrongHeadHint:
      "İlk \\r\\n\\r\\n dizisinden önceki her şeyle çözün, sonrasındaki hiçbir şeyle değil: received.slice(0, received.indexOf('\\r\\n\\r\\n')).",
    destroyed:
      'readHead() başlık bölümüyle çözüldü, ama bu arada soketi yok etti (destroy): sunucunuzun 3. adımdan itibaren bu sokete yazacağı yanıt hiç gönderilmez.',
    destroyedHint:
      "Soket üzerindeki bir for await döngüsünden break ya da return ile çıkmak soketi yok eder. socket.on('data', …) ile okuyun ve boş satır gelince socket.off() ile bırakın; ya da soketi açık bırakan socket.iterator({ destroyOnReturn: false }) üzerinde dönün.",
    ended:
      'readHead() başlık bölümüyle çözüldü, ama bu arada soketi bitirdi (end): sunucunuzun 3. adımdan itibaren bu sokete yazacağı yanıt artık gönderilemez.',
    endedHint:
      'readHead() yalnızca okur. Bağlantıyı bitirmek, yanıtını yazdıktan sonra sunucunun işidir: socket.end() çağrısını readHead() dışında bırakın.',
    stillListening: (count: number) =>
      `readHead() çözüldü, ama sokette ${count} 'data' dinleyicisi bıraktı.`,
    stillListeningHint:
      "Başlık bölümü tamamlanınca socket.off('data', handler) ile dinlemeyi bırakın; socket.on()'a verdiğiniz fonksiyonun aynısını verin. Başlıktan sonraki baytları okumak bu fonksiyonun işi değil.",
  },
  resolvesUndefinedWhenClientLeaves: {
    name: 'istemci boş satırdan önce ayrılırsa readHead undefined ile çözülür',
    pending: (leave: 'close' | 'reset') =>
      `Bir istemci başlık bölümünün bir kısmını gönderip bağlantıyı ${leave === 'close' ? 'kapattı' : 'sıfırladı'}; readHead() hiç çözülmedi, yani o bağlantının işleyicisi sonsuza kadar bekliyor.`,
    pendingHint:
      "Soketin 'close' olayını dinleyin ve orada undefined ile çözün: socket.once('close', () => resolve(undefined)).",
    resetHint:
      "Bağlantı sıfırlanınca soket 'error' ve 'close' olaylarını yayar, 'end' olayını yaymaz. Bağlantı nasıl biterse bitsin gelen 'close' olayında undefined ile çözün.",
    notUndefined: (leave: 'close' | 'reset', what: string) =>
      `Bir istemci başlık bölümünün bir kısmını gönderip bağlantıyı ${leave === 'close' ? 'kapattı' : 'sıfırladı'}; readHead() undefined ile çözülmek yerine şunu verdi: ${what}.`,
    anError: 'bir hata',
    notUndefinedHint:
      "'close' olayında undefined ile çözün: bağlantı işleyicisi böylece hiçbir başlık gelmediğini görür ve orada durur. Reddedilen (reject) bir promise işleyicinin dışına taşar ve bütün sunucuyu durdurur; soket üzerindeki bir for await döngüsü, istemci bağlantıyı sıfırlayınca hata fırlatır: o hatayı yakalayıp undefined ile çözün.",
  },
  parsesCurlRequest: { name: "curl'ün isteğini yöntem, hedef, sürüm ve başlıklara ayrıştırır" },
  parsesBrowserRequestWithColonsInValues: {
    name: 'başlık değerlerinde iki nokta üst üste bulunan bir tarayıcı isteğini ayrıştırır',
  },
  matchesHeaderNamesInAnyCase: {
    name: 'başlık adlarını büyük-küçük harf ayırmadan eşleştirir, değerlerin boşluklarını kırpar ve tekrarlanan bir başlığın son değerini tutar',
  },
  parsedWrong: {
    requestLine: 'parseRequest() bu istek için yanlış yöntem, hedef ya da sürüm döndürdü.',
    headers: 'parseRequest() bu istek için yanlış başlıklar döndürdü.',
  },
  parsedWrongHint: {
    requestLine: 'İstek satırı ilk satırdır: yöntem, hedef ve sürüm, aralarında birer boşlukla.',
    headers:
      'Her başlık satırını yalnızca ilk iki nokta üst üste işaretinden bölün (127.0.0.1:7878 gibi değerlerde de iki nokta üst üste vardır), küçük harfe çevrilmiş adı anahtar yapın ve değerin başındaki ve sonundaki boşlukları kırpın. İki kez gelen bir başlık son değerini tutar.',
  },
  rejectsMalformedRequestLine: {
    name: 'bozuk bir istek satırını hatayla reddeder',
    accepted: 'parseRequest() geçerli olmayan bir istek satırını kabul etti.',
    hint: 'Bir istek satırının tam olarak üç parçası vardır, YÖNTEM HEDEF HTTP/x.y, aralarında birer boşluk. Aksi hâlde neyin yanlış olduğunu söyleyen bir Error fırlatın.',
    unexplained: (line: string) =>
      `parseRequest() ${line} istek satırını reddetti, ama nedenini söyleyen bir Error fırlatmadı.`,
    unexplainedHint:
      'Mesajı olan bir Error fırlatın: throw new Error(`Malformed request line: ${requestLine}`). Sunucunuz o mesajı yazdırır: bir isteğin neden reddedildiğini siz de böyle öğrenirsiniz.',
  },
  rejectsLowerCaseMethod: {
    name: 'büyük harflerle yazılmamış bir yöntemi reddeder',
    lowerCase: 'parseRequest() küçük harflerle yazılmış bir yöntemi kabul etti.',
    lowerCaseHint:
      'Yöntemler büyük-küçük harf duyarlıdır: get, GET değildir. Yöntemi /^[A-Z]+$/ ile sınayın, uymuyorsa bir Error fırlatın; toUpperCase() ile dönüştürmeyin.',
    notAToken:
      'parseRequest() tırnak ya da iki nokta üst üste içeren bir yöntemi kabul etti; bir yöntemde bunlar hiç bulunmaz.',
    notATokenHint:
      'Yöntemin yalnızca büyük harflerden oluştuğunu sınayın (/^[A-Z]+$/). method === method.toUpperCase() gibi bir sınama, içinde küçük harf olmayan her şeyi geçirir; tırnaklar ve iki nokta üst üste de buna dahil.',
  },
  rejectsPartsNotSeparatedBySingleSpaces: {
    name: 'parçaları tek boşlukla ayrılmamış bir istek satırını reddeder',
    accepted:
      'parseRequest(), parçaları sekme (tab) ya da başka türden bir boşlukla ayrılmış bir istek satırını kabul etti.',
    hint: "İstek satırını yalnızca boşluk karakterinden bölün: requestLine.split(' '). /\\s+/ ya da /\\s/ ile bölmek sekmelerden ve bölünemez boşluklardan da böler; HTTP orada bunlara izin vermez.",
  },
  printsRequest: {
    whenItArrivesInOneWrite: 'istek tek yazmada geldiğinde onu yazdırır',
    whenItArrivesInTwoWrites: 'istek iki yazmada geldiğinde onu yazdırır',
    whenItArrivesByteByByte: 'istek bayt bayt geldiğinde onu yazdırır',
    nothingPrinted:
      'Sunucunuz boş satırıyla (\\r\\n\\r\\n) biten eksiksiz bir istek aldı ve onun için hiçbir şey yazdırmadı.',
    nothingPrintedHint:
      'Demek ki başlık bölümü hiç işlenmedi: readHead() çözülüyor (resolve) mu? O ana kadar gelen her şeyin içinde \\r\\n\\r\\n dizisini (iki kez satır başı ve satır atlama) aramalı; bağlantı işleyicisi de onu await ile beklemeli.',
    promise:
      'Sunucunuz isteğin başlık bölümünü kullanmak yerine bir Promise yazdırdı ya da onun üzerinde bir metin (string) yöntemi çağırdı.',
    promiseHint:
      'readHead() bir Promise döndürür. Bağlantı işleyicisini async yapın ve const head = await readHead(socket) yazın.',
    notPrinted: 'Sunucunuz "Request:" satırını ve ardından aldığı isteğin satırlarını yazdırmadı.',
    notPrintedHint:
      'Başlık bölümünü bitiren boş satır geldiğinde "Request:" yazdırın, ardından başlık bölümünü (head) yazdırın.',
    piecemeal: (count: number) =>
      `Sunucunuz tek bir istek için "Request:" satırını ${count} kez yazdırdı: her parçayı geldiği anda yazdırdı.`,
    piecemealHint:
      "TCP bir isteği istediği kadar parçaya bölerek teslim edebilir. Boş satır (\\r\\n\\r\\n) gelene kadar 'data' parçalarını biriktirin, başlık bölümünü ancak ondan sonra işleyin.",
    splitCharacter:
      'Sunucunuz, istekte ç gibi bir harfin ya da — gibi bir tirenin bulunduğu yere � yazdı: bunlar iki ya da üç bayt tutar ve baytları ayrı parçalarda geldi.',
    splitCharacterHint:
      "readHead() içinde 'data' dinlemeden önce socket.setEncoding('utf8') çağırın. Soket size o zaman metin (string) verir ve bir karakterin baytlarını hepsi gelene kadar bir arada tutar; her parçayı tek başına çözmek (chunk.toString()) bunu yapamaz.",
  },
  waitsForEmptyLine: {
    name: 'isteği işlemeden önce boş satırı bekler',
    early: 'Sunucunuz isteği, başlık bölümü tamamlanmadan (boş satır gelmeden) yazdırdı.',
    hint: 'Başlık bölümü boş bir satırla biter: \\r\\n\\r\\n. O gelene kadar başka başlık satırları da gelebilir.',
  },
  closesMalformedRequestAndKeepsServing: {
    name: 'bozuk bir isteğin bağlantısını kapatır ve hizmet vermeyi sürdürür',
    notClosed: 'Sunucunuz bozuk bir istekten sonra bağlantıyı kapatmadı.',
    notClosedHint:
      'parseRequest() hata fırlattığında hatayı yakalayın, nedenini yazdırın ve o bağlantıyı socket.end() ile bitirin.',
    silent: 'Sunucunuz bozuk bir isteğin bağlantısını nedenini yazdırmadan kapattı.',
    silentHint: 'Neyin yanlış olduğunu söyleyen kısa bir satır yazdırın, örneğin "Bad request: …".',
    notWhy: (why: string) =>
      `Sunucunuz bozuk HELLO isteği için bir satır yazdırdı, ama neden reddedildiğini yazdırmadı: parseRequest() "${why}" diyor.`,
    notWhyHint:
      'Yakaladığınız hatanın mesajını yazdırın, örneğin console.log(`Bad request: ${(error as Error).message}`); günlüğü okuyan kişi neyin yanlış olduğunu böyle öğrenir.',
    printedRequest: 'Sunucunuz bozuk bir istek için de, kabul edilmiş gibi "Request:" yazdırdı.',
    printedRequestHint:
      '"Request:" satırını ve başlık bölümünü ancak parseRequest() döndükten sonra, try içinde yazdırın; reddettiği bir başlık için yalnızca catch bloğunun satırı yazdırılır.',
  },
  keepsRunningWhenClientLeavesEarly: {
    name: 'bir istemci boş satırdan önce ayrıldığında çalışmaya devam eder',
    crashed: (how: string) =>
      `Bir istemci başlık bölümünün bir kısmını gönderip boş satırdan önce ayrıldıktan sonra sunucunuz ${how}.`,
    hint: "İstemci önce ayrılırsa readHead() undefined ile çözülür ve işleyici orada durur. readHead() bunun yerine reddedilirse (reject), try dışındaki await hata fırlatır; bağlantı işleyicisinde fırlatılan bir hata da bütün sunucuyu durdurur. 'close' olayında undefined ile çözün.",
    parsedUndefined: (line: string) =>
      `Bir istemci boş satırdan önce ayrıldıktan sonra sunucunuz ${JSON.stringify(line)} yazdırdı: hiç gelmemiş bir başlık bölümünü işlemeye devam etti.`,
    parsedUndefinedHint:
      'readHead() undefined ile çözüldüyse istemci gitmiştir: parseRequest() çağrısından önce if (head === undefined) return; ile orada durun.',
  },
  endsConnectionAfterPrinting: {
    name: 'isteği yazdırdıktan sonra bağlantıyı bitirir',
    open: 'Sunucunuz isteği yazdırdı ama bağlantıyı açık bıraktı; istemci de beklemeye devam etti.',
    hint: 'Bağlantıyı düzgün bir istekten sonra da socket.end() ile bitirin, yalnızca catch bloğunda değil: her iki durumda da bağlantı sona ermiştir.',
  },
  buildsOnNetAlone: {
    name: 'node:http ya da bir çatı (framework) olmadan yalnızca node:net üzerine kurulur',
  },
};

export const m = localized({ en, tr });

/** The starter's TODO errors, and what this step's finished code prints, as a Turkish learner reads them. */
export const starterInTurkish: StarterInTurkish = {
  todos: {
    'read the request head from the socket': 'isteğin başlık bölümünü soketten okuyun',
    'parse the request head': 'isteğin başlık bölümünü ayrıştırın',
    'read the request and print it': 'isteği okuyup yazdırın',
  },
  printed: {
    'Request:': 'İstek:',
    'Bad request: ': 'Hatalı istek: ',
    'Malformed request line: ': 'Bozuk istek satırı: ',
    'Malformed header line: ': 'Bozuk başlık satırı: ',
  },
};
