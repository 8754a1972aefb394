import type { StarterInTurkish } from '../../scripts/harness/starter-texts.ts';
import { localized } from '../../scripts/shared/i18n/localized.ts';

const en = {
  servesHelloHtmlOnRoot: {
    name: 'answers GET / with a 200 status and the bytes of hello.html',
    statusHint:
      'Choose the status line and the page from the request: GET with the target / gets HTTP/1.1 200 OK and hello.html. Print request.method and request.target to see what arrives.',
    wrongReason: (reason: string) =>
      `The reason in your status line for GET / is ${reason ? `"${reason}"` : 'missing'}, but for 200 it is OK.`,
    served404: 'Your server answered GET / with the page 404.html instead of hello.html.',
    bodyHint:
      "Send hello.html's bytes unchanged after the empty line: read the file with readFileSync() and put nothing between the empty line and the page.",
  },
  answers500WhenRespondFails: {
    name: 'answers 500 Internal Server Error when respond() fails, prints why, and keeps serving',
    crashedHint:
      "Call respond(request) inside the starter's try: an error thrown outside it escapes the connection handler as an unhandled rejection, which ends the server.",
    statusHint:
      "Call respond(request) inside the starter's try, whose catch answers HTTP/1.1 500 Internal Server Error: the server's own failure, not the client's.",
    unsaidHint:
      "Keep the starter's line in the catch: console.log(`Server error: ${(error as Error).message}`).",
  },
  saysPageLengthInBytes: {
    name: 'says how long the page is with Content-Length, in bytes',
  },
  labelsPageAsUtf8Html: {
    name: 'labels the page as HTML in UTF-8 with Content-Type',
    missing:
      'Your response has no Content-Type header, so the client has to guess what the body is.',
    wrongType: (value: string) =>
      `Your Content-Type says "${value}", but the page is HTML: a browser would show its source as plain text.`,
    noCharset: (value: string) =>
      `Your Content-Type says "${value}", without charset=utf-8: a client may decode the page's — in another encoding and show it garbled.`,
    hint: 'Send the header exactly: Content-Type: text/html; charset=utf-8',
  },
  announcesAndClosesConnection: {
    name: 'announces Connection: close and then closes the connection',
    missing: (value: string | undefined) =>
      value === undefined
        ? 'Your response has no Connection header.'
        : `Your Connection header says "${value}" instead of close.`,
    hint: 'Send Connection: close. It tells an HTTP/1.1 client, which expects to reuse the connection, that this server closes it after each response.',
  },
  answersOtherPathsWith404: {
    name: 'answers any other path with a 404 status and 404.html',
    statusHint:
      'Only GET / gets hello.html. Any other target gets the status line HTTP/1.1 404 Not Found (the Rust book writes NOT FOUND; both are fine) and the page 404.html.',
    wrongReason: (reason: string) =>
      `The reason in your 404 status line is ${reason ? `"${reason}"` : 'missing'}, but for 404 it is Not Found.`,
    bodyHint: 'Send the bytes of 404.html as the body of every 404 response.',
    noContentLength: 'Your 404 response has no Content-Length header.',
    headersHint:
      'A 404 carries the same three headers as the 200: Content-Length (the length of 404.html in bytes), Content-Type: text/html; charset=utf-8 and Connection: close. Build the head once, after the status line and the page are chosen.',
  },
  servesHttp10Too: {
    name: 'answers GET / HTTP/1.0 with hello.html too',
    hint: "Choose the page from the method and the target alone: request.method === 'GET' && request.target === '/'. Comparing the whole request line with GET / HTTP/1.1, as the book does, turns away the HTTP/1.0 clients; so does requiring a Host header, which HTTP/1.0 does not have.",
  },
  answersQueryStringWith404: {
    name: 'answers a target with a query string, /?name=value, with the 404 page',
    hint: 'A target such as /?name=value is not /: it gets the 404 status and 404.html, as any other target does. Take care that nothing in your routing fails on the ? or the =.',
  },
  answersOtherMethodsWith404Or405: {
    name: 'answers a method other than GET with a 404 or 405 status',
    hint: 'Check the method as well as the target: POST / is not GET /. A 404 with 404.html is what the Rust book does; 405 Method Not Allowed says more precisely what is wrong.',
    wrongPage: (request: string) =>
      `Your server answered ${request} with a 404 status, but not with the page 404.html.`,
    wrongPageHint:
      'Choose the page with the status, from the method and the target together: only GET / gets hello.html, anything else gets 404.html.',
  },
  findsPagesFromAnotherFolder: {
    name: 'finds its pages when started from another folder',
    lost: (folder: string) =>
      `Started from another folder (${folder}), your server could not find its pages: it looked for them in the folder it was started from, not next to its own code.`,
    hint: "Find the files relative to your module, not to the working directory: readFileSync(new URL('hello.html', import.meta.url)). The Rust book reads them from the working directory, which works only when the server is started from its own folder.",
  },
  answersBadRequest: { name: 'answers a malformed request with 400 Bad Request' },
  buildsOnNetAlone: { name: 'builds on node:net alone, without node:http or a framework' },
  fetchGetsPage: {
    name: "gives Node's fetch the page with a 200 status",
  },
  curlGetsPage: {
    name: 'gives curl the page with a 200 status',
  },
  browserShowsPage: {
    name: 'shows the "Hello!" page in a real browser',
    status: (status: number | undefined) =>
      `The browser opened / but got status ${status ?? 'none'}, not 200.`,
    heading: (heading: string | null) =>
      `The browser shows your page, but its heading is ${heading === null ? 'missing' : `"${heading}"`} instead of "Hello!".`,
    notHtml: (type: string | undefined) =>
      `The browser shows your page as plain text, not as a web page: its Content-Type is ${type === undefined ? 'missing' : `"${type}"`}, not text/html.`,
    hint: 'For GET /, send hello.html unchanged, labelled Content-Type: text/html; charset=utf-8. Its <h1> says Hello!',
  },
  clientStatus: (client: string, status: number) =>
    `${client} read your response to GET /, but found status ${status} instead of 200.`,
  clientStatusHint: "Make this step's raw-socket checks pass first: they name the exact mistake.",
  clientBody: (client: string) =>
    `${client} read a 200 response to GET /, but its body is not the page hello.html.`,
  clientBodyHint:
    'Send the bytes of hello.html unchanged, with a Content-Length that counts exactly those bytes.',
};

const tr: typeof en = {
  servesHelloHtmlOnRoot: {
    name: "GET / isteğini 200 durumu ve hello.html'in baytlarıyla yanıtlar",
    statusHint:
      "Durum satırını ve sayfayı istekten seçin: hedefi / olan GET, HTTP/1.1 200 OK ve hello.html alır. Neyin geldiğini görmek için request.method ve request.target'ı yazdırın.",
    wrongReason: (reason: string) =>
      `GET / için durum satırınızdaki açıklama ${reason ? `"${reason}"` : 'eksik'}, oysa 200 için açıklama OK'dir.`,
    served404: 'Sunucunuz GET / isteğine hello.html yerine 404.html sayfasıyla yanıt verdi.',
    bodyHint:
      "hello.html'in baytlarını boş satırdan sonra değiştirmeden gönderin: dosyayı readFileSync() ile okuyun ve boş satırla sayfanın arasına hiçbir şey koymayın.",
  },
  answers500WhenRespondFails: {
    name: 'respond() hata verdiğinde 500 Internal Server Error ile yanıt verir, nedenini yazar ve hizmet vermeyi sürdürür',
    crashedHint:
      "respond(request) çağrısını başlangıç dosyasındaki try'ın içinde yapın: onun dışında fırlatılan bir hata, bağlantı işleyicisinden yakalanmamış bir ret (unhandled rejection) olarak kaçar ve sunucuyu sonlandırır.",
    statusHint:
      "respond(request) çağrısını, catch bloğu HTTP/1.1 500 Internal Server Error ile yanıt veren başlangıç try'ının içinde yapın: bu, istemcinin değil sunucunun kendi hatasıdır.",
    unsaidHint:
      'Başlangıç dosyasının catch içindeki satırını koruyun: console.log(`Server error: ${(error as Error).message}`).',
  },
  saysPageLengthInBytes: {
    name: 'sayfanın uzunluğunu Content-Length ile bayt cinsinden söyler',
  },
  labelsPageAsUtf8Html: {
    name: "sayfayı Content-Type ile UTF-8'de HTML olarak etiketler",
    missing:
      'Yanıtınızda Content-Type başlığı yok; istemci gövdenin ne olduğunu tahmin etmek zorunda kalır.',
    wrongType: (value: string) =>
      `Content-Type başlığınız "${value}" diyor, ama sayfa HTML: bir tarayıcı onun kaynağını düz metin olarak gösterirdi.`,
    noCharset: (value: string) =>
      `Content-Type başlığınız charset=utf-8 olmadan "${value}" diyor: bir istemci sayfadaki — karakterini başka bir kodlamayla çözüp bozuk gösterebilir.`,
    hint: 'Başlığı tam olarak şöyle gönderin: Content-Type: text/html; charset=utf-8',
  },
  announcesAndClosesConnection: {
    name: 'Connection: close der ve ardından bağlantıyı kapatır',
    missing: (value: string | undefined) =>
      value === undefined
        ? 'Yanıtınızda Connection başlığı yok.'
        : `Connection başlığınız close yerine "${value}" diyor.`,
    hint: 'Connection: close gönderin. Bu başlık, bağlantıyı yeniden kullanmayı bekleyen bir HTTP/1.1 istemcisine bu sunucunun her yanıttan sonra bağlantıyı kapattığını söyler.',
  },
  answersOtherPathsWith404: {
    name: 'başka her yolu 404 durumu ve 404.html ile yanıtlar',
    statusHint:
      'hello.html yalnızca GET / isteğine gider. Başka her hedef HTTP/1.1 404 Not Found durum satırını (Rust kitabı NOT FOUND yazar; ikisi de olur) ve 404.html sayfasını alır.',
    wrongReason: (reason: string) =>
      `404 durum satırınızdaki açıklama ${reason ? `"${reason}"` : 'eksik'}, oysa 404 için açıklama Not Found'dur.`,
    bodyHint: "Her 404 yanıtının gövdesi olarak 404.html'in baytlarını gönderin.",
    noContentLength: '404 yanıtınızda Content-Length başlığı yok.',
    headersHint:
      "404 yanıtı da 200 yanıtıyla aynı üç başlığı taşır: Content-Length (404.html'in bayt cinsinden uzunluğu), Content-Type: text/html; charset=utf-8 ve Connection: close. Başlık bölümünü, durum satırı ve sayfa seçildikten sonra tek bir yerde oluşturun.",
  },
  servesHttp10Too: {
    name: 'GET / HTTP/1.0 isteğini de hello.html ile yanıtlar',
    hint: "Sayfayı yalnızca yönteme ve hedefe bakarak seçin: request.method === 'GET' && request.target === '/'. Kitabın yaptığı gibi istek satırının tamamını GET / HTTP/1.1 ile karşılaştırmak HTTP/1.0 istemcilerini geri çevirir; HTTP/1.0'da bulunmayan Host başlığını zorunlu tutmak da öyle.",
  },
  answersQueryStringWith404: {
    name: 'sorgu dizesi (query string) taşıyan /?name=value hedefini 404 sayfasıyla yanıtlar',
    hint: "/?name=value gibi bir hedef / değildir: başka her hedef gibi 404 durumunu ve 404.html'i alır. Yönlendirmenizde hiçbir şeyin ? ya da = karakterinde hata vermediğinden emin olun.",
  },
  answersOtherMethodsWith404Or405: {
    name: 'GET dışındaki bir yöntemi 404 ya da 405 durumuyla yanıtlar',
    hint: 'Hedefin yanında yöntemi de kontrol edin: POST /, GET / değildir. 404.html ile bir 404, Rust kitabının yaptığıdır; 405 Method Not Allowed ise neyin yanlış olduğunu daha kesin söyler.',
    wrongPage: (request: string) =>
      `Sunucunuz ${request} isteğine 404 durumuyla, ama 404.html sayfası olmadan yanıt verdi.`,
    wrongPageHint:
      'Sayfayı durumla birlikte, yöntem ve hedefe birlikte bakarak seçin: hello.html yalnızca GET / alır, geri kalan her şey 404.html alır.',
  },
  findsPagesFromAnotherFolder: {
    name: 'başka bir klasörden başlatıldığında da sayfalarını bulur',
    lost: (folder: string) =>
      `Başka bir klasörden (${folder}) başlatılan sunucunuz sayfalarını bulamadı: onları kendi kodunun yanında değil, başlatıldığı klasörde aradı.`,
    hint: "Dosyaları çalışma dizinine (working directory) göre değil, modülünüze göre bulun: readFileSync(new URL('hello.html', import.meta.url)). Rust kitabı onları çalışma dizininden okur; bu yalnızca sunucu kendi klasöründen başlatıldığında işe yarar.",
  },
  answersBadRequest: { name: 'bozuk bir isteğe 400 Bad Request ile yanıt verir' },
  buildsOnNetAlone: {
    name: 'node:http ya da bir çatı (framework) olmadan yalnızca node:net üzerine kurulur',
  },
  fetchGetsPage: {
    name: "Node'un fetch'ine sayfayı 200 durumuyla verir",
  },
  curlGetsPage: {
    name: "curl'e sayfayı 200 durumuyla verir",
  },
  browserShowsPage: {
    name: 'gerçek bir tarayıcıda "Hello!" sayfasını gösterir',
    status: (status: number | undefined) =>
      status === undefined
        ? 'Tarayıcı / adresini açtı, ama hiçbir durum kodu alamadı.'
        : `Tarayıcı / adresini açtı, ama 200 yerine ${status} durum kodunu aldı.`,
    heading: (heading: string | null) =>
      heading === null
        ? 'Tarayıcı sayfanızı gösteriyor, ama sayfada "Hello!" diyen bir <h1> yok.'
        : `Tarayıcı sayfanızı gösteriyor, ama sayfanın <h1> başlığı "Hello!" yerine "${heading}".`,
    notHtml: (type: string | undefined) =>
      `Tarayıcı sayfanızı bir web sayfası olarak değil düz metin olarak gösteriyor: ${type === undefined ? 'Content-Type başlığı yok' : `Content-Type "${type}"`}, text/html değil.`,
    hint: "GET / için hello.html'i değiştirmeden, Content-Type: text/html; charset=utf-8 etiketiyle gönderin. Onun <h1> etiketi Hello! der.",
  },
  clientStatus: (client: string, status: number) =>
    `${client} GET / yanıtınızı okudu, ama 200 yerine ${status} durumunu buldu.`,
  clientStatusHint: 'Önce bu adımın ham soket kontrollerini geçin: onlar hatanın tam adını koyar.',
  clientBody: (client: string) =>
    `${client} GET / isteğine 200 yanıtı okudu, ama gövdesi hello.html sayfası değil.`,
  clientBodyHint:
    "hello.html'in baytlarını değiştirmeden, tam da bu baytları sayan bir Content-Length ile gönderin.",
};

export const m = localized({ en, tr });

/** The starter's TODO errors as a Turkish learner reads them. */
export const starterInTurkish: StarterInTurkish = {
  todos: {
    'build the response in respond.ts': 'yanıtı respond.ts içinde oluşturun',
    'send the response from respond() in server.ts':
      "respond()'un oluşturduğu yanıtı server.ts içinde gönderin",
  },
};
