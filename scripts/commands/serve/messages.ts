import { localized } from '../../shared/i18n/localized.ts';

/** What to try against a step's server: commands, each with what to look for. */
type Tries = (url: string) => [command: string, what: string][];

const en = {
  usage: () =>
    [
      'Usage: npm run serve <number|name> [-- options]',
      '',
      'Runs the server of a step, your files or the reference solution, on 127.0.0.1:7878, and',
      'prints the address and the curl commands to try against it. Its output appears here.',
      'Ctrl+C stops it: the server gets SIGINT, as when you run it yourself; a second Ctrl+C',
      'ends it at once.',
      '',
      'Options:',
      '  --solution    run the reference solution instead of your files',
      '  --port <n>    listen on another port (also PORT=<n>)',
      '  --lang tr     messages in Turkish (also WORKBOOK_LANG=tr)',
      '',
      "The server's own settings pass through: SLEEP_MS, POOL_SIZE, MAX_REQUESTS, HEADER_TIMEOUT_MS.",
    ].join('\n'),
  starting: (number: number, solution: boolean) =>
    `Starting ${solution ? 'the reference solution' : 'your server'} for step ${number}…`,
  listening: (url: string) => `Listening on ${url}. Try, from another terminal:`,
  browser: (url: string) => `or open ${url} in a browser. Ctrl+C stops the server.`,
  portTaken: (address: string, port: number) =>
    [
      `Another program already listens on ${address} ("address already in use"), so the server cannot start there.`,
      'It is often a server from an earlier `npm run serve` or `node server.ts`, still running in another terminal: stop it there with Ctrl+C.',
      process.platform === 'win32'
        ? `To see which program it is: \`netstat -ano | findstr :${port}\`.`
        : `To see which program it is: \`lsof -i :${port}\`.`,
      `Or pick another port: \`npm run serve <n> -- --port ${port + 1}\`.`,
    ].join('\n'),
  exited: (how: string) => `The server ${how}.`,
  exitedEarly: (how: string) =>
    `The server ${how} before it started listening. Its output is above.`,
  stopping: 'Stopping the server (Ctrl+C again ends it at once)…',
  stopped: 'Server stopped.',
  code: (code: number) => `exited with code ${code}`,
  signal: (signal: string) => `was ended by ${signal}`,
  tries: {
    1: (url) => [
      [`curl ${url}`, 'curl reports an empty reply; your server prints "Connection established!"'],
    ],
    2: (url) => [
      [`curl ${url}`, 'your server prints the request it read; curl still gets no answer'],
    ],
    3: (url) => [[`curl -i ${url}`, 'the status line and headers of your response']],
    4: (url) => [
      [`curl -i ${url}`, 'the hello page, with its headers'],
      [`curl -i ${url}nothing-here`, 'the 404 page'],
    ],
    5: (url) => [
      [`curl ${url}sleep`, 'answers after SLEEP_MS (5 s unless set)'],
      [
        `curl ${url}`,
        'run it while /sleep is waiting: it waits too. `npm run timeline 5` draws it',
      ],
    ],
    6: (url) => [
      [`curl ${url}sleep`, 'answers after SLEEP_MS, on a worker of the pool'],
      [
        `curl ${url}`,
        'run it while /sleep is waiting: it answers at once. `npm run timeline 6` draws it',
      ],
    ],
    7: (url) => [
      [`curl ${url}sleep`, 'then press Ctrl+C here while it waits: the request still completes'],
      [`MAX_REQUESTS=2 npm run serve 7`, 'the server stops by itself after two requests'],
    ],
  } as Record<number, Tries>,
  defaultTries: ((url) => [[`curl -i ${url}`, "your server's response"]]) as Tries,
};

const tr: typeof en = {
  usage: () =>
    [
      'Kullanım: npm run serve <numara|ad> [-- seçenekler]',
      '',
      'Bir adımın sunucusunu, sizin dosyalarınızı ya da örnek çözümü, 127.0.0.1:7878 üzerinde',
      'çalıştırır; adresi ve denenecek curl komutlarını yazdırır. Sunucunun çıktısı burada görünür.',
      'Ctrl+C onu durdurur: sunucu, kendiniz çalıştırdığınızda olduğu gibi SIGINT alır; ikinci bir',
      'Ctrl+C onu hemen bitirir.',
      '',
      'Seçenekler:',
      '  --solution    dosyalarınız yerine örnek çözümü çalıştırır',
      '  --port <n>    başka bir portta dinler (ya da PORT=<n>)',
      '  --lang en     mesajlar İngilizce (ya da WORKBOOK_LANG=en)',
      '',
      'Sunucunun kendi ayarları ona olduğu gibi iletilir: SLEEP_MS, POOL_SIZE, MAX_REQUESTS, HEADER_TIMEOUT_MS.',
    ].join('\n'),
  starting: (number: number, solution: boolean) =>
    `Adım ${number} için ${solution ? 'örnek çözüm' : 'sunucunuz'} başlatılıyor…`,
  listening: (url: string) => `${url} dinleniyor. Başka bir terminalden deneyin:`,
  browser: (url: string) => `ya da ${url} adresini bir tarayıcıda açın. Ctrl+C sunucuyu durdurur.`,
  portTaken: (address: string, port: number) =>
    [
      `${address} adresini başka bir program zaten dinliyor ("address already in use"), bu yüzden sunucu orada başlayamaz.`,
      'Çoğu zaman bu, başka bir terminalde hâlâ çalışan eski bir `npm run serve` ya da `node server.ts` sunucusudur: onu orada Ctrl+C ile durdurun.',
      process.platform === 'win32'
        ? `Hangi program olduğunu görmek için: \`netstat -ano | findstr :${port}\`.`
        : `Hangi program olduğunu görmek için: \`lsof -i :${port}\`.`,
      `Ya da başka bir port seçin: \`npm run serve <n> -- --port ${port + 1}\`.`,
    ].join('\n'),
  exited: (how: string) => `Sunucu ${how}.`,
  exitedEarly: (how: string) => `Sunucu dinlemeye başlamadan ${how}. Çıktısı yukarıda.`,
  stopping: 'Sunucu durduruluyor (ikinci bir Ctrl+C onu hemen bitirir)…',
  stopped: 'Sunucu durdu.',
  code: (code: number) => `${code} koduyla çıktı`,
  signal: (signal: string) => `${signal} ile sonlandırıldı`,
  tries: {
    1: (url) => [
      [`curl ${url}`, 'curl boş bir yanıt bildirir; sunucunuz "Connection established!" yazdırır'],
    ],
    2: (url) => [[`curl ${url}`, 'sunucunuz okuduğu isteği yazdırır; curl hâlâ yanıt almaz']],
    3: (url) => [[`curl -i ${url}`, 'yanıtınızın durum satırı ve başlıkları']],
    4: (url) => [
      [`curl -i ${url}`, 'başlıklarıyla birlikte "Hello!" sayfası'],
      [`curl -i ${url}nothing-here`, '404 sayfası'],
    ],
    5: (url) => [
      [`curl ${url}sleep`, 'SLEEP_MS sonra yanıtlar (ayarlanmadıysa 5 sn)'],
      [`curl ${url}`, '/sleep beklerken çalıştırın: o da bekler. `npm run timeline 5` bunu çizer'],
    ],
    6: (url) => [
      [`curl ${url}sleep`, 'SLEEP_MS sonra, havuzun Worker iş parçacıklarından birinde yanıtlar'],
      [
        `curl ${url}`,
        '/sleep beklerken çalıştırın: hemen yanıtlar. `npm run timeline 6` bunu çizer',
      ],
    ],
    7: (url) => [
      [`curl ${url}sleep`, "o beklerken bu terminalde Ctrl+C'ye basın: istek yine de tamamlanır"],
      [`MAX_REQUESTS=2 npm run serve 7`, 'sunucu iki istekten sonra kendiliğinden durur'],
    ],
  },
  defaultTries: (url) => [[`curl -i ${url}`, 'sunucunuzun yanıtı']],
};

export const m = localized({ en, tr });
