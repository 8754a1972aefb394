import { localized } from '../../shared/i18n/localized.ts';
import { possessive } from '../../shared/i18n/turkish-suffixes.ts';
import { inEnglish, inTurkish } from '../../shared/i18n/numbers.ts';
import type { Feature, Flaw } from './heads.ts';

const en = {
  accepted: (status: number, flaw: string) =>
    `Your server answered ${status} to a head that node:http refuses with 400: ${flaw}.`,
  refused: (status: number, feature: string) =>
    `Your server answered ${status} to a correct head, which node:http answers: ${feature}.`,
  serverError: (status: number) =>
    `Your server answered ${status}, which blames the server itself, to a head that node:http answers.`,
  serverErrorHint:
    'A 500 means your code threw where it should not: the output below names the line. Every request node:http answers is one your server can answer too.',
  silent: (seconds: number) =>
    `Your server neither answered nor closed the connection within ${inEnglish.seconds(seconds)} after this head.`,
  silentHint:
    'A head is refused at once, not when HEADER_TIMEOUT_MS runs out: a head that ends with \\n\\n instead of \\r\\n\\r\\n, or that holds a \\r or \\n of its own, must get 400 as soon as it arrives.',
  closed: 'Your server closed the connection without an answer after this head.',
  closedHint:
    'Answer a head you refuse with HTTP/1.1 400 Bad Request, and close the connection after that answer, not instead of it.',
  notHttp: 'Your server answered this head with something that is not an HTTP response.',
  notHttpHint:
    'Whatever goes back must start with a status line such as HTTP/1.1 400 Bad Request, then the headers and the empty line.',
  stopped: (how: string) => `Your server ${how} while it was being sent these heads.`,
  stoppedHint:
    'One of the heads below made your code throw outside the try. Every step of handling a request belongs inside it: reading the head, parsing it, building the response.',
  more: (count: number) => `${count} of the heads sent got a wrong answer; here is the first one.`,
  flaws: {
    noHost: 'an HTTP/1.1 request without a Host header',
    twoHosts: 'two Host header lines',
    spaceBeforeColon: 'a space or tab between a header name and its colon',
    nameNotToken: 'a header name with a character a token may not hold',
    noColon: 'a header line without a colon',
    foldedLine: 'a header line that starts with a space or a tab',
    bareCr: 'a \\r that is not followed by \\n',
    bareLf: 'a \\n without the \\r before it',
    controlInValue: 'a control character in a header value',
    badContentLength: 'a Content-Length that is not a number written in digits',
    twoContentLengths: 'two Content-Length header lines',
    methodNotToken: 'a method with a character a token may not hold',
    unknownMethod: 'a method that HTTP does not define',
    badTarget: 'a target that is not /path or http://host/path in visible ASCII characters',
    badVersion: 'a version that is not written HTTP/digit.digit',
    unsupportedVersion: 'a version this server does not speak',
    requestLineSpaces: 'a request line that is not three parts with one space between each',
    other: 'a head that breaks a rule of HTTP/1.1',
  } satisfies Record<Flaw | 'other', string>,
  flawHints: {
    noHost:
      'An HTTP/1.1 request must carry exactly one Host line: refuse one without it with 400. HTTP/1.0 requests may leave it out.',
    twoHosts:
      'Count the Host lines, whatever their case (Host, host, HOST): more than one gets 400, because two readers could each pick a different one.',
    spaceBeforeColon:
      'A header name runs up to the colon and is a token: nothing may stand between it and the colon. Refuse such a line with 400 instead of trimming the name.',
    nameNotToken:
      "A header name is a token: letters, digits and !#$%&'*+-.^_`|~ only. Test each name against that set and refuse any other with 400.",
    noColon: 'Every header line is name:value. Refuse a line without a colon with 400.',
    foldedLine:
      'A line that starts with a space or a tab once continued the line before; RFC 9112 forbids it in requests. Its name is not a token, so the token rule refuses it with 400.',
    bareCr:
      'Every line of the head ends with \\r\\n. A \\r on its own may end a line for one reader and not for another: refuse it with 400, in readHead(), as soon as it arrives.',
    bareLf:
      'Every line of the head ends with \\r\\n. Look for the end of the head as \\r\\n\\r\\n, and refuse with 400 a \\n with no \\r before it, as soon as it arrives.',
    controlInValue:
      'A header value may hold visible characters, spaces and tabs, and bytes above 0x7F, but no other control character (0x00 to 0x1F, and 0x7F): refuse those with 400.',
    badContentLength:
      'Content-Length is digits and nothing else (spaces around it aside): refuse any other value with 400, since the length decides where the next request starts.',
    twoContentLengths:
      'Two Content-Length lines could give two lengths to two readers: refuse the request with 400.',
    methodNotToken:
      "A method is a token: letters, digits and !#$%&'*+-.^_`|~ only. Refuse any other with 400.",
    unknownMethod:
      'A method that is a token but that the server does not know gets 501 Not Implemented; node:http refuses it with 400, and both answers are right.',
    badTarget:
      'A target starts with / (origin form) or is a whole http:// URL (absolute form), and holds only visible ASCII characters (0x21 to 0x7E): refuse any other with 400.',
    badVersion:
      'A version is written exactly HTTP/, a digit, a dot, a digit. Refuse anything else with 400.',
    unsupportedVersion:
      'A well-formed version other than HTTP/1.0 and HTTP/1.1 gets 505 HTTP Version Not Supported.',
    requestLineSpaces:
      'Split the request line on single spaces: anything other than exactly three parts, method, target and version, gets 400.',
    other:
      'Compare the head below with the rules in README.md, line by line: the request line, each header name, each value, the line ends.',
  } satisfies Record<Flaw | 'other', string>,
  features: {
    plain: 'a plain request',
    head: 'a HEAD request',
    query: 'a target with a query (?…)',
    absoluteForm: 'a target in absolute form (http://host/path)',
    leadingEmptyLine: 'an empty line before the request line',
    http10WithoutHost: 'an HTTP/1.0 request, which may leave Host out',
    emptyHost: 'an empty Host value',
    tabInValue: 'a tab inside a header value',
    obsTextInValue: 'bytes above 0x7F in a header value',
    spacesAroundValue: 'spaces or tabs around a header value, or none after the colon',
    emptyValue: 'an empty header value',
    tokenName: 'a header name with unusual token characters',
    contentLength: 'a Content-Length',
    otherMethod: 'a method this server does not serve',
    otherVersion: 'a version other than HTTP/1.x',
    oddPath: 'a path with unusual characters',
    generated: 'a correct head made of common header lines',
  } satisfies Record<Feature | 'generated', string>,
  refusedHint:
    'The head below breaks no rule. Check which of your rules refused it: tabs and bytes above 0x7F are allowed in values, Host may come anywhere, HTTP/1.0 needs no Host, and a version or method you do not serve gets 505, 405 or 501, not 400.',
};

const tr: typeof en = {
  accepted: (status: number, flaw: string) =>
    `Sunucunuz, node:http'nin 400 ile reddettiği bir başlık bölümüne ${status} ile yanıt verdi: ${flaw}.`,
  refused: (status: number, feature: string) =>
    `Sunucunuz, node:http'nin yanıtladığı doğru bir başlık bölümüne ${status} ile yanıt verdi: ${feature}.`,
  serverError: (status: number) =>
    `Sunucunuz, node:http'nin yanıtladığı bir başlık bölümüne sunucunun kendisini suçlayan ${status} ile yanıt verdi.`,
  serverErrorHint:
    "500, kodunuzun hata fırlatmaması gereken bir yerde hata fırlattığı anlamına gelir: aşağıdaki çıktı satırı gösterir. node:http'nin yanıtladığı her isteği sizin sunucunuz da yanıtlayabilir.",
  silent: (seconds: number) =>
    `Sunucunuz bu başlık bölümünden sonra ${inTurkish.seconds(seconds)} içinde ne yanıt verdi ne de bağlantıyı kapattı.`,
  silentHint:
    'Bir başlık bölümü HEADER_TIMEOUT_MS dolunca değil, hemen reddedilir: \\r\\n\\r\\n yerine \\n\\n ile biten ya da içinde tek başına bir \\r veya \\n taşıyan bir başlık bölümü, gelir gelmez 400 almalı.',
  closed: 'Sunucunuz bu başlık bölümünden sonra bağlantıyı yanıt vermeden kapattı.',
  closedHint:
    'Reddettiğiniz bir başlık bölümüne HTTP/1.1 400 Bad Request ile yanıt verin; bağlantıyı bu yanıtın yerine değil, ondan sonra kapatın.',
  notHttp: 'Sunucunuz bu başlık bölümüne HTTP yanıtı olmayan bir şeyle karşılık verdi.',
  notHttpHint:
    'Geri giden her şey HTTP/1.1 400 Bad Request gibi bir durum satırıyla (status line) başlamalı; ardından başlıklar ve boş satır gelir.',
  stopped: (how: string) => `Sunucunuz bu başlık bölümleri gönderilirken ${how}.`,
  stoppedHint:
    "Aşağıdaki başlık bölümlerinden biri kodunuzun try'ın dışında hata fırlatmasına yol açtı. Bir isteği işlemenin her adımı onun içinde olmalı: başlık bölümünü okumak, ayrıştırmak, yanıtı kurmak.",
  more: (count: number) =>
    `Gönderilen başlık bölümlerinin ${possessive(count)} yanlış yanıt aldı; ilki aşağıda.`,
  flaws: {
    noHost: 'Host başlığı olmayan bir HTTP/1.1 isteği',
    twoHosts: 'iki Host başlık satırı',
    spaceBeforeColon: 'başlık adıyla iki noktası arasında bir boşluk ya da sekme',
    nameNotToken: "token'da bulunamayacak bir karakter taşıyan bir başlık adı",
    noColon: 'iki noktası olmayan bir başlık satırı',
    foldedLine: 'boşluk ya da sekmeyle başlayan bir başlık satırı',
    bareCr: 'ardından \\n gelmeyen bir \\r',
    bareLf: 'önünde \\r olmayan bir \\n',
    controlInValue: 'bir başlık değerinde bir denetim karakteri (control character)',
    badContentLength: 'rakamlarla yazılmış bir sayı olmayan bir Content-Length',
    twoContentLengths: 'iki Content-Length başlık satırı',
    methodNotToken: "token'da bulunamayacak bir karakter taşıyan bir metot",
    unknownMethod: "HTTP'nin tanımlamadığı bir metot",
    badTarget: 'görünür ASCII karakterlerle yazılmış /yol ya da http://host/yol olmayan bir hedef',
    badVersion: 'HTTP/rakam.rakam biçiminde yazılmamış bir sürüm',
    unsupportedVersion: 'bu sunucunun desteklemediği bir sürüm',
    requestLineSpaces: 'aralarında birer boşluk olan üç parçadan oluşmayan bir istek satırı',
    other: "HTTP/1.1'in bir kuralını çiğneyen bir başlık bölümü",
  },
  flawHints: {
    noHost:
      'Bir HTTP/1.1 isteği tam olarak bir Host satırı taşımalı: Host olmayanı 400 ile reddedin. HTTP/1.0 istekleri onu atlayabilir.',
    twoHosts:
      'Host satırlarını büyük-küçük harf ayırt etmeden sayın (Host, host, HOST): birden fazlası 400 alır, çünkü iki okuyucu farklı birini seçebilir.',
    spaceBeforeColon:
      "Başlık adı iki noktaya kadar uzanır ve bir token'dır: adla iki nokta arasında hiçbir şey duramaz. Adı kırpmak yerine böyle bir satırı 400 ile reddedin.",
    nameNotToken:
      "Başlık adı bir token'dır: yalnızca harfler, rakamlar ve !#$%&'*+-.^_`|~. Her adı bu kümeyle sınayın, başkasını 400 ile reddedin.",
    noColon:
      'Her başlık satırı ad:değer biçimindedir. İki noktası olmayan satırı 400 ile reddedin.',
    foldedLine:
      'Boşluk ya da sekmeyle başlayan bir satır eskiden bir önceki satırın devamıydı; RFC 9112 bunu isteklerde yasaklar. Adı bir token olmadığından token kuralı onu 400 ile reddeder.',
    bareCr:
      'Başlık bölümünün her satırı \\r\\n ile biter. Tek başına bir \\r, bir okuyucu için satırı bitirip bir başkası için bitirmeyebilir: onu readHead() içinde, gelir gelmez 400 ile reddedin.',
    bareLf:
      'Başlık bölümünün her satırı \\r\\n ile biter. Başlık bölümünün sonunu \\r\\n\\r\\n olarak arayın ve önünde \\r olmayan bir \\n gelir gelmez 400 ile reddedin.',
    controlInValue:
      "Bir başlık değeri görünür karakterler, boşluklar, sekmeler ve 0x7F'in üstündeki baytları taşıyabilir, ama başka bir denetim karakteri (0x00–0x1F ve 0x7F) taşıyamaz: onları 400 ile reddedin.",
    badContentLength:
      'Content-Length yalnızca rakamlardan oluşur (etrafındaki boşluklar hariç): başka bir değeri 400 ile reddedin, çünkü bir sonraki isteğin nerede başladığına uzunluk karar verir.',
    twoContentLengths:
      'İki Content-Length satırı iki okuyucuya iki farklı uzunluk verebilir: isteği 400 ile reddedin.',
    methodNotToken:
      "Metot bir token'dır: yalnızca harfler, rakamlar ve !#$%&'*+-.^_`|~. Başkasını 400 ile reddedin.",
    unknownMethod:
      'Token olan ama sunucunun tanımadığı bir metot 501 Not Implemented alır; node:http onu 400 ile reddeder ve iki yanıt da doğrudur.',
    badTarget:
      'Hedef / ile başlar (origin form) ya da bütün bir http:// URL’sidir (absolute form) ve yalnızca görünür ASCII karakterler (0x21–0x7E) taşır: başkasını 400 ile reddedin.',
    badVersion:
      'Sürüm tam olarak HTTP/, bir rakam, bir nokta, bir rakam diye yazılır. Başka her şeyi 400 ile reddedin.',
    unsupportedVersion:
      'HTTP/1.0 ve HTTP/1.1 dışındaki düzgün yazılmış bir sürüm 505 HTTP Version Not Supported alır.',
    requestLineSpaces:
      'İstek satırını tek boşluklardan bölün: tam olarak üç parça (metot, hedef, sürüm) olmayan her şey 400 alır.',
    other:
      "Aşağıdaki başlık bölümünü README.tr.md'deki kurallarla satır satır karşılaştırın: istek satırı, her başlık adı, her değer, satır sonları.",
  },
  features: {
    plain: 'sıradan bir istek',
    head: 'bir HEAD isteği',
    query: 'sorgu (?…) taşıyan bir hedef',
    absoluteForm: 'absolute form’da bir hedef (http://host/yol)',
    leadingEmptyLine: 'istek satırından önce boş bir satır',
    http10WithoutHost: "Host'u atlayabilen bir HTTP/1.0 isteği",
    emptyHost: 'boş bir Host değeri',
    tabInValue: 'bir başlık değerinin içinde bir sekme',
    obsTextInValue: "bir başlık değerinde 0x7F'in üstünde baytlar",
    spacesAroundValue:
      'bir başlık değerinin etrafında boşluklar ya da sekmeler, ya da iki noktadan sonra hiç boşluk olmaması',
    emptyValue: 'boş bir başlık değeri',
    tokenName: 'alışılmadık token karakterleri taşıyan bir başlık adı',
    contentLength: 'bir Content-Length',
    otherMethod: 'bu sunucunun hizmet vermediği bir metot',
    otherVersion: 'HTTP/1.x dışında bir sürüm',
    oddPath: 'alışılmadık karakterler taşıyan bir yol',
    generated: 'yaygın başlık satırlarından oluşan doğru bir başlık bölümü',
  },
  refusedHint:
    "Aşağıdaki başlık bölümü hiçbir kuralı çiğnemiyor. Kurallarınızdan hangisinin onu reddettiğine bakın: değerlerde sekmeler ve 0x7F'in üstündeki baytlar serbesttir, Host her yerde gelebilir, HTTP/1.0 Host istemez, hizmet vermediğiniz bir sürüm ya da metot 400 değil 505, 405 ya da 501 alır.",
};

export const m = localized({ en, tr });
