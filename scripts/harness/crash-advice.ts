import { localized } from '../shared/i18n/localized.ts';

const en = {
  socketError:
    "The server died of an 'error' event on a socket that nobody listened to (a client that left, ECONNRESET or EPIPE): add socket.on('error', …) as soon as a connection arrives.",
  escaped:
    'The server died of an error that nothing caught: put every step that can throw (reading the head, parsing it, building and writing the response) inside try { … } catch, and answer from the catch.',
};

const tr: typeof en = {
  socketError:
    "Sunucu, kimsenin dinlemediği bir sokette oluşan bir 'error' olayıyla öldü (ayrılan bir istemci, ECONNRESET ya da EPIPE): bir bağlantı gelir gelmez socket.on('error', …) ekleyin.",
  escaped:
    'Sunucu, hiçbir şeyin yakalamadığı bir hatayla öldü: hata fırlatabilecek her adımı (başlık bölümünü okumak, ayrıştırmak, yanıtı hazırlayıp yazmak) try { … } catch içine alın ve yanıtı catch içinden verin.',
};

const m = localized({ en, tr });

/** What to add, judged from the output of a server that crashed: the error's own words. */
export function crashAdvice(output: string): string | undefined {
  if (/Unhandled 'error' event|ECONNRESET|EPIPE/.test(output)) return m.socketError;
  if (/Error|unhandled|uncaught|throw/i.test(output)) return m.escaped;
  return undefined;
}
