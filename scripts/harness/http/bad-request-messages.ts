import { localized } from '../../shared/i18n/localized.ts';

const en = {
  silent: (request: string) =>
    `Your server sent nothing back after the malformed request ${request}, and kept the connection open.`,
  closedSilently: (request: string) =>
    `Your server closed the connection after the malformed request ${request} without answering it.`,
  answerHint:
    'A request that parseRequest() refuses still gets an answer, so that the client learns why: in the catch block, end the connection with HTTP/1.1 400 Bad Request\\r\\n\\r\\n.',
  wrongStatus: (request: string, statusLine: string) =>
    `Your server answered the malformed request ${request} with "${statusLine}", but a request line that is not METHOD TARGET VERSION gets 400 Bad Request.`,
  wrongStatusHint:
    'parseRequest() must throw for this line (it has not three parts separated by single spaces), and the catch block around it answers HTTP/1.1 400 Bad Request. A 200 or a 404 means the request went on as if it were valid.',
  wrongReason: (request: string, statusLine: string) =>
    `Your server answered the malformed request ${request} with "${statusLine}": the code is right, but 400 goes with the reason Bad Request.`,
  wrongReasonHint:
    'A status line is HTTP/1.1, a space, the code, a space, the reason: HTTP/1.1 400 Bad Request.',
  secondResponse: (request: string) =>
    `Your server answered the malformed request ${request} with 400 Bad Request, then sent a second response on the same connection.`,
  secondResponseHint:
    'A request gets one response. The 400 in the catch block must be the last thing written: send the 200 inside the try block, after parseRequest() has succeeded, or return right after the 400.',
  bodyAfter: (request: string, body: string) =>
    `Your server answered the malformed request ${request} with 400 Bad Request, but sent ${body} after its empty line.`,
  bodyAfterHint:
    'The 400 is the status line followed by the same empty line as the 200, and nothing more: HTTP/1.1 400 Bad Request\\r\\n\\r\\n, then the end of the connection.',
};

const tr: typeof en = {
  silent: (request: string) =>
    `Sunucunuz bozuk ${request} isteğinden sonra hiçbir şey göndermedi ve bağlantıyı açık tuttu.`,
  closedSilently: (request: string) =>
    `Sunucunuz bozuk ${request} isteğine yanıt vermeden bağlantıyı kapattı.`,
  answerHint:
    "parseRequest()'in reddettiği bir istek de yanıt alır; istemci nedenini böyle öğrenir: catch bloğunda bağlantıyı HTTP/1.1 400 Bad Request\\r\\n\\r\\n ile bitirin.",
  wrongStatus: (request: string, statusLine: string) =>
    `Sunucunuz bozuk ${request} isteğine "${statusLine}" ile yanıt verdi; oysa YÖNTEM HEDEF SÜRÜM biçiminde olmayan bir istek satırı 400 Bad Request alır.`,
  wrongStatusHint:
    'parseRequest() bu satırda hata fırlatmalı (tek boşluklarla ayrılmış üç parçası yok), çevresindeki catch bloğu da HTTP/1.1 400 Bad Request ile yanıt verir. 200 ya da 404, isteğin geçerliymiş gibi işlendiği anlamına gelir.',
  wrongReason: (request: string, statusLine: string) =>
    `Sunucunuz bozuk ${request} isteğine "${statusLine}" ile yanıt verdi: kod doğru, ama 400 kodunun açıklaması Bad Request.`,
  wrongReasonHint:
    'Bir durum satırı HTTP/1.1, bir boşluk, kod, bir boşluk ve açıklamadır: HTTP/1.1 400 Bad Request.',
  secondResponse: (request: string) =>
    `Sunucunuz bozuk ${request} isteğine 400 Bad Request ile yanıt verdi, sonra aynı bağlantıda ikinci bir yanıt gönderdi.`,
  secondResponseHint:
    "Bir istek tek bir yanıt alır. catch bloğundaki 400 yazılan son şey olmalı: 200'ü try bloğunun içinde, parseRequest() başarılı olduktan sonra gönderin ya da 400'den hemen sonra return edin.",
  bodyAfter: (request: string, body: string) =>
    `Sunucunuz bozuk ${request} isteğine 400 Bad Request ile yanıt verdi, ama boş satırından sonra ${body} gönderdi.`,
  bodyAfterHint:
    "400, durum satırı ve ardından 200'dekiyle aynı boş satırdır, başka hiçbir şey değil: HTTP/1.1 400 Bad Request\\r\\n\\r\\n, sonra bağlantının sonu.",
};

export const m = localized({ en, tr });
