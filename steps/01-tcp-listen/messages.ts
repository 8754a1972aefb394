import { localized } from '../../scripts/i18n/localized.ts';

const en = {
  listens: {
    name: 'listens for TCP connections on the port it is given',
  },
  printsOncePerConnection: {
    name: 'prints "Connection established!" once for each connection',
    nothing: (connections: number) =>
      `Your server accepted ${connections} connections but did not print "Connection established!".`,
    nothingHint:
      'Print the line with console.log() inside the function you give net.createServer(): Node calls it once for every new connection.',
    almost: (line: string) =>
      `Your server printed "${line}", which is close but not the exact line.`,
    almostHint:
      'Print exactly: Connection established! (capital C, ending with an exclamation mark).',
    count: (printed: number, connections: number) =>
      `Your server printed "Connection established!" ${printed} times for ${connections} connections.`,
    countHint:
      "Print it once per connection: in the connection callback, not in a 'data' handler (which runs once per piece of data) or in the listen callback.",
  },
  survivesEarlyClose: {
    name: 'keeps running when a client connects and leaves at once',
    crashed: (how: string) =>
      `Your server ${how} after clients connected and left at once, without sending anything.`,
    crashedHint:
      "Browsers and load testers do this all the time. When a client resets the connection, the socket emits an 'error' event (ECONNRESET), and an 'error' event with no listener crashes Node. Add socket.on('error', …) for each connection.",
    silent:
      'After clients connected and left at once, your server stopped printing "Connection established!" for new connections.',
    silentHint: 'Every new connection should still be greeted, whatever earlier clients did.',
  },
  byHand: {
    name: 'builds on node:net alone, without node:http or a framework',
  },
};

const tr: typeof en = {
  listens: {
    name: 'kendisine verilen portta TCP bağlantılarını dinler',
  },
  printsOncePerConnection: {
    name: 'her bağlantı için bir kez "Connection established!" yazar',
    nothing: (connections: number) =>
      `Sunucunuz ${connections} bağlantıyı kabul etti ama "Connection established!" yazmadı.`,
    nothingHint:
      "Satırı, net.createServer()'a verdiğiniz fonksiyonun içinde console.log() ile yazın: Node onu her yeni bağlantı için bir kez çağırır.",
    almost: (line: string) =>
      `Sunucunuz "${line}" yazdı; yakın, ama tam olarak beklenen satır değil.`,
    almostHint:
      'Tam olarak şunu yazın: Connection established! (büyük C ile, ünlem işaretiyle biten).',
    count: (printed: number, connections: number) =>
      `Sunucunuz ${connections} bağlantı için "Connection established!" satırını ${printed} kez yazdı.`,
    countHint:
      "Her bağlantı için bir kez yazın: bağlantı geri çağırmasında (callback); her veri parçası için çalışan bir 'data' işleyicisinde ya da listen geri çağırmasında değil.",
  },
  survivesEarlyClose: {
    name: 'bir istemci bağlanıp hemen ayrıldığında çalışmaya devam eder',
    crashed: (how: string) =>
      `İstemciler bağlanıp hiçbir şey göndermeden hemen ayrıldıktan sonra sunucunuz ${how}.`,
    crashedHint:
      "Tarayıcılar ve yük testi araçları bunu sürekli yapar. İstemci bağlantıyı sıfırladığında soket bir 'error' olayı (ECONNRESET) yayar; dinleyicisi olmayan bir 'error' olayı Node'u çökertir. Her bağlantı için socket.on('error', …) ekleyin.",
    silent:
      'İstemciler bağlanıp hemen ayrıldıktan sonra sunucunuz yeni bağlantılar için "Connection established!" yazmayı bıraktı.',
    silentHint: 'Önceki istemciler ne yapmış olursa olsun, her yeni bağlantı karşılanmalı.',
  },
  byHand: {
    name: 'node:http ya da bir çatı (framework) olmadan yalnızca node:net üzerine kurulur',
  },
};

export const m = localized({ en, tr });
