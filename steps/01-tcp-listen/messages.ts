import type { StarterInTurkish } from '../../scripts/harness/starter-texts.ts';
import { localized } from '../../scripts/shared/i18n/localized.ts';

const en = {
  listensOnGivenPort: {
    name: 'listens for TCP connections on the port it is given',
  },
  listensOnGivenHostOnly: {
    name: 'listens on the address HOST gives it, and not on every network interface',
    elsewhere: (address: string, host: string) =>
      `Your server listens on the address ${address}, not on ${host}: ${['::', '0.0.0.0'].includes(address) ? 'that means every network interface, so other machines can reach it' : 'that is not the address HOST gives'}.`,
    hint: "Give listen() the host as well as the port: server.listen(port, host, …), with the host read from HOST as the starter does. Without a host, Node listens on every interface, and your unfinished server is open to the network; with '127.0.0.1' written in, it ignores HOST.",
  },
  printsOncePerConnection: {
    name: 'prints "Connection established!" once for each connection',
    nothing: 'A client connected, and your server did not print "Connection established!".',
    late: 'Your server printed "Connection established!" only once the client had left, not when it connected.',
    lateHint:
      "Print the line first thing in the function you give net.createServer(), which Node calls as soon as a connection arrives, not in a handler for the socket's 'end' or 'close' event.",
    notForThisOne:
      'Your server printed "Connection established!", but not when a client connected: it printed the line before any client came.',
    notForThisOneHint:
      'The listen() callback runs once, when the server starts. Print the line in the function you give net.createServer(), which Node calls for each connection.',
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
  keepsRunningWhenClientLeavesAtOnce: {
    name: 'keeps running when a client connects and leaves at once',
    crashed: (how: string) =>
      `Your server ${how} after clients connected and left at once, without sending anything.`,
    crashedHint:
      "Browsers and load testers do this all the time. When a client resets the connection, the socket emits an 'error' event (ECONNRESET), and an 'error' event with no listener crashes Node. Add socket.on('error', …) for each connection.",
    silent:
      'After clients connected and left at once, your server stopped printing "Connection established!" for new connections.',
    silentHint: 'Every new connection should still be greeted, whatever earlier clients did.',
  },
  endsConnectionAfterGreeting: {
    name: 'ends each connection after greeting it',
    open: 'Your server greeted the client but left the connection open, so the client kept waiting.',
    hint: 'End the connection with socket.end() once the line is printed: that is how the client learns there is nothing more to come.',
  },
  buildsOnNetAlone: {
    name: 'builds on node:net alone, without node:http or a framework',
  },
};

const tr: typeof en = {
  listensOnGivenPort: {
    name: 'kendisine verilen portta TCP bağlantılarını dinler',
  },
  listensOnGivenHostOnly: {
    name: 'her ağ arayüzünde değil, HOST değişkeninin verdiği adreste dinler',
    elsewhere: (address: string, host: string) =>
      `Sunucunuz ${host} adresinde değil, ${address} adresinde dinliyor: ${['::', '0.0.0.0'].includes(address) ? 'bu, bütün ağ arayüzleri demek; başka makineler de ona ulaşabilir' : 'bu, HOST değişkeninin verdiği adres değil'}.`,
    hint: "listen()'e portla birlikte adresi de verin: server.listen(port, host, …); adres, başlangıç dosyasındaki gibi HOST değişkeninden okunur. Adres verilmezse Node bütün arayüzlerde dinler ve yarım kalmış sunucunuz ağa açık olur; '127.0.0.1' doğrudan yazılırsa HOST yok sayılır.",
  },
  printsOncePerConnection: {
    name: 'her bağlantı için bir kez "Connection established!" yazar',
    nothing: 'Bir istemci bağlandı, ama sunucunuz "Connection established!" yazmadı.',
    late: 'Sunucunuz "Connection established!" satırını istemci bağlandığında değil, ancak istemci ayrıldıktan sonra yazdı.',
    lateHint:
      "Satırı, Node'un bir bağlantı gelir gelmez çağırdığı ve net.createServer()'a verdiğiniz fonksiyonun en başında yazdırın; soketin 'end' ya da 'close' olayının işleyicisinde değil.",
    notForThisOne:
      'Sunucunuz "Connection established!" yazdı, ama bir istemci bağlandığında değil: satırı daha hiçbir istemci gelmeden yazdı.',
    notForThisOneHint:
      "listen() geri çağırması yalnızca bir kez, sunucu başlarken çalışır. Satırı, Node'un her bağlantı için çağırdığı ve net.createServer()'a verdiğiniz fonksiyonda yazdırın.",
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
  keepsRunningWhenClientLeavesAtOnce: {
    name: 'bir istemci bağlanıp hemen ayrıldığında çalışmaya devam eder',
    crashed: (how: string) =>
      `İstemciler bağlanıp hiçbir şey göndermeden hemen ayrıldıktan sonra sunucunuz ${how}.`,
    crashedHint:
      "Tarayıcılar ve yük testi araçları bunu sürekli yapar. İstemci bağlantıyı sıfırladığında soket bir 'error' olayı (ECONNRESET) yayar; dinleyicisi olmayan bir 'error' olayı Node'u çökertir. Her bağlantı için socket.on('error', …) ekleyin.",
    silent:
      'İstemciler bağlanıp hemen ayrıldıktan sonra sunucunuz yeni bağlantılar için "Connection established!" yazmayı bıraktı.',
    silentHint: 'Önceki istemciler ne yapmış olursa olsun, her yeni bağlantı karşılanmalı.',
  },
  endsConnectionAfterGreeting: {
    name: 'her bağlantıyı, karşıladıktan sonra bitirir',
    open: 'Sunucunuz istemciyi karşıladı ama bağlantıyı açık bıraktı; istemci de beklemeye devam etti.',
    hint: 'Satırı yazdırdıktan sonra bağlantıyı socket.end() ile bitirin: istemci, başka bir şey gelmeyeceğini böyle öğrenir.',
  },
  buildsOnNetAlone: {
    name: 'node:http ya da bir çatı (framework) olmadan yalnızca node:net üzerine kurulur',
  },
};

export const m = localized({ en, tr });

/** The starter's TODO errors, and what this step's finished code prints, as a Turkish learner reads them. */
export const starterInTurkish: StarterInTurkish = {
  todos: {
    'create a TCP server and make it listen': 'bir TCP sunucusu oluşturup dinletin',
  },
  printed: {
    'Listening on ': 'Dinlenen adres: ',
  },
};
