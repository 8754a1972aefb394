import { localized } from '../../shared/i18n/localized.ts';

const en = {
  states: {
    passed: 'passed',
    failing: 'failing',
    changed: 'changed since it passed',
    'not-started': 'not started',
  },
  passedCount: (passed: number, total: number) => `${passed} of ${total} steps pass`,
  title: 'Build a multithreaded web server from raw TCP, in TypeScript on Node.js',
  welcome:
    'Each step adds one piece to a server that says "Hello!" in a browser, following the final chapter of The Rust Programming Language. Read a step, edit its files, and let the checks tell you what is missing.',
  next: (number: number, title: string) => `Next: step ${number}, ${title}`,
  commands: (number: number) => [
    [`npm run read ${number}`, 'read the instructions'],
    [`npm run step ${number} -- --watch`, 'check your work on every save'],
    [`npm run step ${number} -- --hint`, 'one more hint when you are stuck'],
    [`npm run serve ${number}`, 'run your server and try it with curl or a browser'],
  ],
  carry: (number: number) => [`npm run carry ${number}`, 'start it on your own server'],
  more: 'More: `npm run progress` · `npm run diff <n>` after a pass · `npm run reset <n>` · `npm run timeline 5` · any command with `--help`.',
  allDone:
    'Every step passes: your server is complete. `npm run diff <n>` compares your code with the reference.',
  progressUsage: () =>
    [
      'Usage: npm run progress [-- --lang tr]',
      '',
      'Lists every step with its state (not started, failing, passed), a bar of how many pass,',
      "and the next step. A step's state is what its last `npm run step` found; it is kept in",
      '.workbook/progress.json, which git ignores.',
    ].join('\n'),
  startUsage: () =>
    [
      'Usage: npm start [-- --lang tr]',
      '',
      "The workbook's home: every step with its state, a progress bar, and the commands for",
      'the next step. Messages are in English or Turkish: --lang, WORKBOOK_LANG or LANG.',
    ].join('\n'),
};

const tr: typeof en = {
  states: {
    passed: 'geçti',
    failing: 'başarısız',
    changed: 'geçtikten sonra değişti',
    'not-started': 'başlanmadı',
  },
  passedCount: (passed: number, total: number) => `${passed}/${total} adım geçiyor`,
  title: "Ham TCP'den çok iş parçacıklı bir web sunucusu, Node.js üzerinde TypeScript ile",
  welcome:
    'Her adım, tarayıcıda "Hello!" diyen bir sunucuya bir parça ekler; The Rust Programming Language kitabının son bölümünü izler. Bir adımı okuyun, dosyalarını düzenleyin, neyin eksik olduğunu kontroller söylesin.',
  next: (number: number, title: string) => `Sıradaki: adım ${number}, ${title}`,
  commands: (number: number) => [
    [`npm run read ${number}`, 'yönergeleri okuyun'],
    [`npm run step ${number} -- --watch`, 'her kaydedişte çalışmanızı kontrol edin'],
    [`npm run step ${number} -- --hint`, 'takıldığınızda bir ipucu daha'],
    [`npm run serve ${number}`, 'sunucunuzu çalıştırıp curl ya da tarayıcıyla deneyin'],
  ],
  carry: (number: number) => [`npm run carry ${number}`, 'kendi sunucunuzla başlayın'],
  more: 'Diğerleri: `npm run progress` · geçtikten sonra `npm run diff <n>` · `npm run reset <n>` · `npm run timeline 5` · her komut `--help` ile.',
  allDone:
    'Bütün adımlar geçiyor: sunucunuz tamam. `npm run diff <n>` kodunuzu örnek çözümle karşılaştırır.',
  progressUsage: () =>
    [
      'Kullanım: npm run progress [-- --lang en]',
      '',
      'Her adımı durumuyla (başlanmadı, başarısız, geçti), kaçının geçtiğini gösteren bir',
      'çubukla ve sıradaki adımla listeler. Bir adımın durumu, son `npm run step` çalıştırmasının',
      "bulduğudur; git'in yok saydığı .workbook/progress.json dosyasında tutulur.",
    ].join('\n'),
  startUsage: () =>
    [
      'Kullanım: npm start [-- --lang en]',
      '',
      'Çalışma kitabının ana sayfası: her adım durumuyla, bir ilerleme çubuğu ve sıradaki adımın',
      'komutları. Mesajlar İngilizce ya da Türkçe: --lang, WORKBOOK_LANG ya da LANG.',
    ].join('\n'),
};

export const m = localized({ en, tr });
