import type { StarterInTurkish } from '../../scripts/harness/starter-texts.ts';
import { localized } from '../../scripts/shared/i18n/localized.ts';

const en = {
  answersWith200StatusLine: {
    name: 'answers a request with the status line HTTP/1.1 200 OK and an empty line',
    wrongCode: (code: number) =>
      `Your server answered with status code ${code}, but a request it understood gets 200.`,
    wrongCodeHint:
      'Send the status line HTTP/1.1 200 OK. If your server answered 400, it took this request for a malformed one: its output below says why.',
    wrongReason: (reason: string) =>
      `The reason in your status line is ${reason ? `"${reason}"` : 'missing'}, but for 200 it is OK.`,
    wrongReasonHint:
      'Write the status line exactly: HTTP/1.1 200 OK. Programs act on the code; people read the reason, and 200 goes with OK.',
    body: (bytes: number) =>
      `Your server sent ${bytes} more bytes after the empty line that ends the head: this step's response is the 19 bytes HTTP/1.1 200 OK\\r\\n\\r\\n, with no body.`,
    bodyHint:
      'Count the line breaks: \\r\\n ends the status line, and one more \\r\\n is the empty line. Anything after it is a body, which this step does not send yet.',
  },
  answersOnlyAfterWholeHead: {
    name: 'answers only after the whole request head has arrived',
    early:
      'Your server answered before the request head was complete: the client had sent the request line and one header, but not the empty line.',
    closedEarly:
      'Your server closed the connection before the request head was complete: the client had sent the request line and one header, but not the empty line.',
    hint: 'Answer after readHead() resolves, that is, once the empty line (\\r\\n\\r\\n) has arrived. A slow client may send its head in several pieces.',
  },
  endsConnectionAfterResponse: {
    name: 'ends the connection after the response',
  },
  fetchAcceptsAs200: {
    name: "sends a response Node's fetch accepts as 200",
  },
  curlAcceptsAs200: {
    name: 'sends a response curl accepts as 200',
  },
  clientStatus: (client: string, status: number) =>
    `${client} read your response, but found status code ${status} instead of 200.`,
  clientStatusHint: 'Check the status line against the first check of this step.',
  keepsAnsweringAfterMalformedRequests: {
    name: 'keeps answering after malformed requests',
    crashed: (how: string, requests: string) =>
      `Your server ${how} after it received these malformed requests: ${requests}.`,
    hint: 'parseRequest() throws on a malformed request. Catch the error (try … catch), answer or end that connection, and let the server go on to the next one.',
  },
  answersEveryParsedRequest: {
    name: 'answers every request it can parse with HTTP/1.1 200 OK, whatever its method, path or version',
    wrongCode: (request: string, code: number) =>
      `Your server answered ${request} with status code ${code}, but in this step every request that parses gets 200.`,
    wrongCodeHint:
      'Send HTTP/1.1 200 OK for every request parseRequest() accepts, without looking at its method or path: choosing a page by path comes in step 4.',
  },
  answersBadRequest: { name: 'answers a malformed request with 400 Bad Request' },
  buildsOnNetAlone: { name: 'builds on node:net alone, without node:http or a framework' },
};

const tr: typeof en = {
  answersWith200StatusLine: {
    name: 'bir isteği HTTP/1.1 200 OK durum satırı ve bir boş satırla yanıtlar',
    wrongCode: (code: number) =>
      `Sunucunuz ${code} durum koduyla yanıt verdi, oysa anladığı bir istek 200 alır.`,
    wrongCodeHint:
      'HTTP/1.1 200 OK durum satırını gönderin. Sunucunuz 400 ile yanıt verdiyse bu isteği bozuk sandı: aşağıdaki çıktısı nedenini söyler.',
    wrongReason: (reason: string) =>
      `Durum satırınızdaki açıklama ${reason ? `"${reason}"` : 'eksik'}, oysa 200 için açıklama OK'dir.`,
    wrongReasonHint:
      'Durum satırını tam olarak şöyle yazın: HTTP/1.1 200 OK. Programlar koda bakar; insanlar açıklamayı okur ve 200, OK ile birlikte gider.',
    body: (bytes: number) =>
      `Sunucunuz başlık bölümünü bitiren boş satırdan sonra ${bytes} bayt daha gönderdi: bu adımın yanıtı, gövdesi olmayan 19 baytlık HTTP/1.1 200 OK\\r\\n\\r\\n.`,
    bodyHint:
      'Satır sonlarını sayın: \\r\\n durum satırını bitirir, bir \\r\\n daha boş satırdır. Ondan sonra gelen her şey bir gövdedir; bu adım henüz gövde göndermiyor.',
  },
  answersOnlyAfterWholeHead: {
    name: 'yalnızca isteğin başlık bölümünün tamamı geldikten sonra yanıt verir',
    early:
      'Sunucunuz, isteğin başlık bölümü tamamlanmadan yanıt verdi: istemci istek satırını ve bir başlığı göndermişti, ama boş satırı göndermemişti.',
    closedEarly:
      'Sunucunuz, isteğin başlık bölümü tamamlanmadan bağlantıyı kapattı: istemci istek satırını ve bir başlığı göndermişti, ama boş satırı göndermemişti.',
    hint: 'readHead() çözüldükten (resolve) sonra, yani boş satır (\\r\\n\\r\\n) geldiğinde yanıt verin. Yavaş bir istemci başlık bölümünü birkaç parça hâlinde gönderebilir.',
  },
  endsConnectionAfterResponse: {
    name: 'yanıttan sonra bağlantıyı bitirir',
  },
  fetchAcceptsAs200: {
    name: "Node'un fetch'inin 200 olarak kabul ettiği bir yanıt gönderir",
  },
  curlAcceptsAs200: {
    name: "curl'ün 200 olarak kabul ettiği bir yanıt gönderir",
  },
  clientStatus: (client: string, status: number) =>
    `${client} yanıtınızı okudu, ama 200 yerine ${status} durum kodunu buldu.`,
  clientStatusHint: 'Durum satırını bu adımın ilk kontrolüyle karşılaştırın.',
  keepsAnsweringAfterMalformedRequests: {
    name: 'bozuk isteklerden sonra da yanıt vermeyi sürdürür',
    crashed: (how: string, requests: string) =>
      `Sunucunuz şu bozuk istekleri aldıktan sonra ${how}: ${requests}.`,
    hint: 'parseRequest() bozuk bir istekte hata fırlatır. Hatayı yakalayın (try … catch), o bağlantıya yanıt verin ya da onu bitirin ve sunucunun bir sonrakine geçmesine izin verin.',
  },
  answersEveryParsedRequest: {
    name: 'ayrıştırabildiği her isteğe, yöntemi, yolu ya da sürümü ne olursa olsun, HTTP/1.1 200 OK ile yanıt verir',
    wrongCode: (request: string, code: number) =>
      `Sunucunuz ${request} isteğine ${code} durum koduyla yanıt verdi, oysa bu adımda ayrıştırılan her istek 200 alır.`,
    wrongCodeHint:
      "parseRequest()'in kabul ettiği her isteğe, yöntemine ya da yoluna bakmadan HTTP/1.1 200 OK gönderin: sayfayı yola göre seçmek 4. adımda gelir.",
  },
  answersBadRequest: { name: 'bozuk bir isteğe 400 Bad Request ile yanıt verir' },
  buildsOnNetAlone: {
    name: 'node:http ya da bir çatı (framework) olmadan yalnızca node:net üzerine kurulur',
  },
};

export const m = localized({ en, tr });

/** The starter's TODO errors as a Turkish learner reads them. */
export const starterInTurkish: StarterInTurkish = {
  todos: {
    'send a response in server.ts': 'server.ts içinde bir yanıt gönderin',
  },
};
