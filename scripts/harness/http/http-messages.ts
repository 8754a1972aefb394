import { localized } from '../../shared/i18n/localized.ts';
import { inEnglish, inTurkish } from '../../shared/i18n/numbers.ts';

const en = {
  crashed: (request: string, how: string) => `Your server ${how} while answering ${request}.`,
  crashedHint:
    'Its last output is below: the first error line names the file and line. An error thrown in the connection handler ends the whole server unless you catch it.',
  silent: (request: string, seconds: number) =>
    `Your server sent nothing back within ${inEnglish.seconds(seconds)} after ${request}.`,
  silentHint:
    'Once the head has arrived, write the response to the socket. Check that your code reaches that point: print something just before it.',
  closedSilently: (request: string) =>
    `Your server closed the connection after ${request} without sending a response.`,
  closedSilentlyHint:
    'Write the response before you end the connection: socket.end(response) does both, in that order.',
  leftForAwait: (closed: string, where: string) =>
    `${closed} Your code leaves a for await loop with break or return (${where}): leaving that loop destroys the socket, so the response you write afterwards is never sent.`,
  leftForAwaitHint:
    "A for await loop over a socket destroys it when you leave the loop early. Read the head with socket.on('data', …) and stop with socket.off() once the empty line has arrived, or loop over socket.iterator({ destroyOnReturn: false }), which leaves the socket open.",
  statusLineUnfinished:
    'Your response never finished its status line: no line break (\\r\\n) came after it.',
  bareLineFeed: (line: string) =>
    `${line} ends with \\n alone. HTTP ends every line of the head with \\r\\n (a carriage return, then a line feed).`,
  theStatusLine: 'Your status line',
  theEmptyLine: 'The empty line that ends your head',
  headerLine: (number: number) => `Header line ${number} of your response`,
  crlfHint:
    "Write '\\r\\n' after the status line, after each header line, and once more on its own for the empty line. Many clients forgive a bare \\n; the standard does not, and these checks follow the standard.",
  emptyStatusLine:
    'Your response starts with an empty line. The very first bytes must be the status line.',
  notAVersion: (start: string) =>
    `Your response starts with "${start}" where the version HTTP/1.1 should be. Every response starts with its status line: HTTP/1.1, the status code, the reason.`,
  http10:
    'Your status line says HTTP/1.0. The clients speak HTTP/1.1 to your server, and it should answer in the same version.',
  wrongVersion: (version: string) =>
    `Your status line starts with "${version}", but the version is written exactly HTTP/1.1: capital letters, a slash, no spaces.`,
  versionHint: 'The status line for a successful request is exactly: HTTP/1.1 200 OK',
  badCode: (code: string) =>
    `After the version, your status line has "${code}" where a three-digit status code should stand alone.`,
  badCodeHint:
    'Put single spaces between the three parts of the status line: HTTP/1.1, then the code (200), then the reason (OK).',
  noEmptyLine:
    'Your response has no empty line after its head: the connection closed while the client still waited for the head to end.',
  noEmptyLineYet:
    'Your response has no empty line after its head yet, so the client is still waiting for the head to end.',
  bodyBeforeEmptyLine: (number: number, line: string) =>
    `Your response goes from its headers straight to the body: line ${number} after the status line, ${JSON.stringify(line)}, is no header, and no empty line came before it.`,
  emptyLineHint:
    'After the status line and any headers, send one more \\r\\n on its own: that empty line tells the client the head is over. The status line and the empty line together are HTTP/1.1 200 OK\\r\\n\\r\\n.',
  malformedHeader: (line: string) =>
    `Your response has a header line that is not "Name: value": ${JSON.stringify(line)}.`,
  malformedHeaderHint:
    'Each header line is a name, a colon, and a value. Anything after the head, such as the page, belongs after the empty line.',
  badContentLength: (value: string) =>
    `Your Content-Length header says "${value}", which is not a number of bytes.`,
  badContentLengthHint: 'Content-Length is a whole number: the length of the body in bytes.',
  charactersNotBytes: (declared: number, bytes: number) =>
    `Your Content-Length says ${declared}, but the body is ${bytes} bytes long: ${declared} is its length in characters. Some characters, such as —, take more than one byte in UTF-8, and Content-Length counts bytes.`,
  charactersNotBytesHint:
    "Measure the bytes, not the text: read the file as a Buffer (readFileSync without an encoding) and use its .length, or use Buffer.byteLength(text). A string's .length counts characters.",
  bodyShort: (declared: number, bytes: number) =>
    `Your Content-Length says ${declared} bytes, but only ${bytes} bytes of body came before the connection closed.`,
  bodyUnfinished: (declared: number, bytes: number) =>
    `Your Content-Length says ${declared} bytes, but only ${bytes} bytes of body arrived, and the client is still waiting for the rest.`,
  bodyLong: (declared: number, bytes: number) =>
    `Your Content-Length says ${declared} bytes, but ${bytes} bytes of body arrived. A client stops reading after ${declared} and ignores the rest.`,
  bodyLengthHint:
    'Compute Content-Length from the very bytes you send as the body, right before you send them.',
  keptOpen: (seconds: number) =>
    `Your server sent its response, but the connection was still open ${inEnglish.seconds(seconds)} later, so a client waiting for the end of the response hangs.`,
  keptOpenHint:
    'End the connection once the response is written: socket.end(response) writes it and then closes. socket.write() alone leaves the connection open.',
  wrongStatus: (request: string, expected: string, statusLine: string) =>
    `Your server answered ${request} with "${statusLine}", but the status code should be ${expected}.`,
  emptyBody: (file: string) => `Your response has no body, but it should carry ${file}.`,
  bodyDiffers: (file: string, offset: number) =>
    `The body of your response is not the bytes of ${file}: they differ from byte ${offset} on.`,
  noContentLength: 'Your response has no Content-Length header.',
  noContentLengthHint:
    "Add a header Content-Length: N, where N is the body's length in bytes. With it the client knows where the body ends without waiting for the connection to close.",
  or: ' or ',
};

const tr: typeof en = {
  crashed: (request: string, how: string) => `Sunucunuz ${request} isteğini yanıtlarken ${how}.`,
  crashedHint:
    'Son çıktısı aşağıda: ilk hata satırı dosyayı ve satırı söyler. Bağlantı işleyicisinde fırlatılan bir hata, yakalanmazsa bütün sunucuyu durdurur.',
  silent: (request: string, seconds: number) =>
    `Sunucunuz ${request} isteğinden sonra ${inTurkish.seconds(seconds)} içinde hiçbir şey göndermedi.`,
  silentHint:
    'Başlık bölümü (head) gelir gelmez yanıtı (response) sokete yazın. Kodunuzun o noktaya ulaştığını kontrol edin: hemen öncesinde bir şey yazdırın.',
  closedSilently: (request: string) =>
    `Sunucunuz ${request} isteğinden sonra bir yanıt göndermeden bağlantıyı kapattı.`,
  closedSilentlyHint:
    'Bağlantıyı bitirmeden önce yanıtı yazın: socket.end(response) ikisini de bu sırayla yapar.',
  leftForAwait: (closed: string, where: string) =>
    `${closed} Kodunuz bir for await döngüsünden break ya da return ile çıkıyor (${where}): o döngüden çıkmak soketi yok eder (destroy), bu yüzden ardından yazdığınız yanıt hiç gönderilmez.`,
  leftForAwaitHint:
    "Bir soket üzerindeki for await döngüsünden erken çıkarsanız soket yok edilir. Başlık bölümünü socket.on('data', …) ile okuyun ve boş satır gelince socket.off() ile bırakın; ya da soketi açık bırakan socket.iterator({ destroyOnReturn: false }) üzerinde dönün.",
  statusLineUnfinished:
    'Yanıtınız durum satırını (status line) hiç bitirmedi: arkasından bir satır sonu (\\r\\n) gelmedi.',
  bareLineFeed: (line: string) =>
    `${line} yalnızca \\n ile bitiyor. HTTP, başlık bölümünün her satırını \\r\\n ile bitirir (önce satır başı, sonra satır atlama).`,
  theStatusLine: 'Durum satırınız',
  theEmptyLine: 'Başlık bölümünüzü bitiren boş satır',
  headerLine: (number: number) => `Yanıtınızın ${number}. başlık satırı`,
  crlfHint:
    "Durum satırından sonra, her başlık satırından sonra ve boş satır için bir kez de tek başına '\\r\\n' yazın. Pek çok istemci yalnız \\n'yi hoş görür; standart görmez ve bu kontroller standarda uyar.",
  emptyStatusLine: 'Yanıtınız boş bir satırla başlıyor. İlk baytlar durum satırı olmalı.',
  notAVersion: (start: string) =>
    `Yanıtınız, HTTP/1.1 sürümünün durması gereken yerde "${start}" ile başlıyor. Her yanıt durum satırıyla başlar: HTTP/1.1, durum kodu, açıklama.`,
  http10:
    'Durum satırınız HTTP/1.0 diyor. İstemciler sunucunuzla HTTP/1.1 konuşuyor; sunucu da aynı sürümle yanıt vermeli.',
  wrongVersion: (version: string) =>
    `Durum satırınız "${version}" ile başlıyor, oysa sürüm tam olarak HTTP/1.1 diye yazılır: büyük harflerle, bir eğik çizgiyle, boşluksuz.`,
  versionHint: 'Başarılı bir isteğin durum satırı tam olarak şudur: HTTP/1.1 200 OK',
  badCode: (code: string) =>
    `Durum satırınızda sürümden sonra, tek başına duran üç basamaklı bir durum kodu yerine "${code}" var.`,
  badCodeHint:
    'Durum satırının üç parçası arasına birer boşluk koyun: HTTP/1.1, sonra kod (200), sonra açıklama (OK).',
  noEmptyLine:
    'Yanıtınızda başlık bölümünden sonra boş satır yok: istemci başlık bölümünün bitmesini beklerken bağlantı kapandı.',
  noEmptyLineYet:
    'Yanıtınızda başlık bölümünden sonra henüz boş satır yok; istemci hâlâ başlık bölümünün bitmesini bekliyor.',
  bodyBeforeEmptyLine: (number: number, line: string) =>
    `Yanıtınız başlıklardan doğrudan gövdeye geçiyor: durum satırından sonraki ${number}. satır, ${JSON.stringify(line)}, bir başlık değil ve ondan önce boş satır gelmedi.`,
  emptyLineHint:
    'Durum satırından ve başlıklardan sonra tek başına bir \\r\\n daha gönderin: o boş satır istemciye başlık bölümünün bittiğini söyler. Durum satırı ve boş satır birlikte HTTP/1.1 200 OK\\r\\n\\r\\n eder.',
  malformedHeader: (line: string) =>
    `Yanıtınızda "Ad: değer" biçiminde olmayan bir başlık satırı var: ${JSON.stringify(line)}.`,
  malformedHeaderHint:
    'Her başlık satırı bir ad, iki nokta üst üste ve bir değerdir. Başlık bölümünden sonra gelen her şey, örneğin sayfa, boş satırdan sonraya aittir.',
  badContentLength: (value: string) =>
    `Content-Length başlığınız "${value}" diyor; bu bir bayt sayısı değil.`,
  badContentLengthHint: 'Content-Length bir tam sayıdır: gövdenin (body) bayt cinsinden uzunluğu.',
  charactersNotBytes: (declared: number, bytes: number) =>
    `Content-Length başlığınız ${declared} diyor, ama gövde ${bytes} bayt: ${declared}, onun karakter cinsinden uzunluğu. — gibi bazı karakterler UTF-8'de birden fazla bayt tutar ve Content-Length baytları sayar.`,
  charactersNotBytesHint:
    'Metni değil baytları ölçün: dosyayı bir Buffer olarak okuyun (kodlama vermeden readFileSync) ve onun .length değerini kullanın, ya da Buffer.byteLength(text) kullanın. Bir metnin (string) .length değeri karakterleri sayar.',
  bodyShort: (declared: number, bytes: number) =>
    `Content-Length başlığınız ${declared} bayt diyor, ama bağlantı kapanmadan önce gövdenin yalnızca ${bytes} baytı geldi.`,
  bodyUnfinished: (declared: number, bytes: number) =>
    `Content-Length başlığınız ${declared} bayt diyor, ama gövdenin yalnızca ${bytes} baytı geldi ve istemci hâlâ gerisini bekliyor.`,
  bodyLong: (declared: number, bytes: number) =>
    `Content-Length başlığınız ${declared} bayt diyor, ama gövdenin ${bytes} baytı geldi. Bir istemci ${declared} bayttan sonra okumayı bırakır ve gerisini yok sayar.`,
  bodyLengthHint:
    'Content-Length değerini, gövde olarak gönderdiğiniz baytların kendisinden, onları göndermeden hemen önce hesaplayın.',
  keptOpen: (seconds: number) =>
    `Sunucunuz yanıtını gönderdi, ama bağlantı ${inTurkish.seconds(seconds)} sonra hâlâ açıktı; yanıtın sonunu bekleyen bir istemci takılıp kalır.`,
  keptOpenHint:
    'Yanıt yazılınca bağlantıyı (connection) bitirin: socket.end(response) önce yazar, sonra kapatır. Tek başına socket.write() bağlantıyı açık bırakır.',
  wrongStatus: (request: string, expected: string, statusLine: string) =>
    `Sunucunuz ${request} isteğine "${statusLine}" ile yanıt verdi, ama durum kodu (status code) ${expected} olmalı.`,
  emptyBody: (file: string) => `Yanıtınızın gövdesi boş, oysa ${file} dosyasını taşımalı.`,
  bodyDiffers: (file: string, offset: number) =>
    `Yanıtınızın gövdesi ${file} dosyasının baytları değil: ${offset}. bayttan itibaren farklılar.`,
  noContentLength: 'Yanıtınızda Content-Length başlığı yok.',
  noContentLengthHint:
    'Content-Length: N başlığını ekleyin; N, gövdenin bayt cinsinden uzunluğu. Onunla istemci, bağlantının kapanmasını beklemeden gövdenin nerede bittiğini bilir.',
  or: ' ya da ',
};

export const m = localized({ en, tr });
