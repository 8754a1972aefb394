import { localized } from '../../shared/i18n/localized.ts';

const en = {
  usage: () =>
    [
      'Usage: npm run carry <number|name> [-- --force]',
      '',
      'Starts a step on your own server. Once step N-1 passes, `npm run carry N` copies your',
      'files of step N-1 into step N and merges into them what step N adds: its new TODOs,',
      'files and imports. Your files of step N are first copied to',
      '.workbook/backups/<time>-<step>/. Where your code and the step change the same lines,',
      "that file comes from step N's starter instead, and the command shows both versions.",
      '',
      'Options:',
      '  --force    carry even though step N-1 does not pass (yet)',
      '  --lang tr  messages in Turkish (also WORKBOOK_LANG=tr)',
    ].join('\n'),
  firstStep:
    'Step 1 is the first step: there is no earlier server to carry into it. Start with `npm run read 1`.',
  notPassed: (previous: number, next: number) =>
    `Step ${previous} does not pass yet, so your server is not ready to grow into step ${next}. Run \`npm run step ${previous}\` until it passes, or add \`-- --force\` to carry it as it is.`,
  changed: (previous: number) =>
    `Your files of step ${previous} changed since they passed. Run \`npm run step ${previous}\` to check them again, or add \`-- --force\` to carry them as they are.`,
  noStarter: (next: number) =>
    `The starter of step ${next} could not be found (.workbook/starters/ and git have no copy of it), and carrying needs it. Nothing was changed.`,
  failed: (reason: string) => `Nothing was carried: ${reason}.`,
  done: (previous: number, next: number) =>
    `Step ${next} now starts from your own server of step ${previous}:`,
  merged: (name: string, next: number) => `\`${name}\`: your code, with what step ${next} adds`,
  kept: (name: string, next: number) =>
    `\`${name}\`: yours, as it was: step ${next} adds nothing to it`,
  added: (name: string, next: number) => `\`${name}\`: new in step ${next}, from its starter`,
  ownFile: (name: string) => `\`${name}\`: your own file, copied as it is`,
  leftBehind: (name: string, previous: string, next: number) =>
    `\`${name}\`: step ${next} has a file of this name, so yours stays in \`steps/${previous}/\``,
  conflict: (name: string, previous: string, next: number) =>
    `\`${name}\`: your code and step ${next} change the same lines, so this file is step ${next}'s starter for now. Your version is still in \`steps/${previous}/${name}\`: bring your lines back where they fit.`,
  yours: (line: number) => `Yours (line ${line}):`,
  theirs: (next: number) => `Step ${next}'s starter:`,
  saved: 'Your earlier files of this step were saved first, in:',
  nextAction: (next: number) =>
    `Read what the step asks with \`npm run read ${next}\`, then run \`npm run step ${next}\`: it checks the step, and runs again the checks of earlier steps that still apply to your files.`,
};

const tr: typeof en = {
  usage: () =>
    [
      'Kullanım: npm run carry <numara|ad> [-- --force]',
      '',
      'Bir adıma kendi sunucunuzla başlatır. N-1. adım geçtikten sonra `npm run carry N`,',
      "N-1. adımdaki dosyalarınızı N. adıma kopyalar ve N. adımın eklediklerini (yeni TODO'lar,",
      'dosyalar ve import satırları) onlarla birleştirir. N. adımdaki dosyalarınız önce',
      '.workbook/backups/<zaman>-<adım>/ klasörüne kopyalanır. Kodunuzla adımın eklediklerinin',
      'aynı satırları değiştirdiği bir dosya, N. adımın başlangıç dosyasından alınır ve komut iki',
      'hâli de gösterir.',
      '',
      'Seçenekler:',
      '  --force    N-1. adım (henüz) geçmese de taşır',
      '  --lang en  mesajlar İngilizce (ya da WORKBOOK_LANG=en)',
    ].join('\n'),
  firstStep:
    'Adım 1 ilk adım: ona taşınacak daha önceki bir sunucu yok. `npm run read 1` ile başlayın.',
  notPassed: (previous: number, next: number) =>
    `Adım ${previous} henüz geçmiyor, yani sunucunuz ${next}. adıma büyümeye hazır değil. Geçene kadar \`npm run step ${previous}\` çalıştırın ya da olduğu gibi taşımak için \`-- --force\` ekleyin.`,
  changed: (previous: number) =>
    `${previous}. adımdaki dosyalarınız geçtikten sonra değişti. Yeniden kontrol etmek için \`npm run step ${previous}\` çalıştırın ya da olduğu gibi taşımak için \`-- --force\` ekleyin.`,
  noStarter: (next: number) =>
    `Adım ${next} için başlangıç dosyaları bulunamadı (.workbook/starters/ içinde de git'te de kopyası yok), taşımak için onlar gerekiyor. Hiçbir şey değişmedi.`,
  failed: (reason: string) => `Hiçbir şey taşınmadı: ${reason}.`,
  done: (previous: number, next: number) =>
    `Adım ${next} artık ${previous}. adımdaki kendi sunucunuzdan başlıyor:`,
  kept: (name: string, next: number) =>
    `\`${name}\`: sizinki, olduğu gibi: ${next}. adım ona bir şey eklemiyor`,
  merged: (name: string, next: number) =>
    `\`${name}\`: sizin kodunuz, ${next}. adımın ekledikleriyle birlikte`,
  added: (name: string, next: number) =>
    `\`${name}\`: ${next}. adımda yeni, başlangıç dosyasından alındı`,
  ownFile: (name: string) => `\`${name}\`: kendi dosyanız, olduğu gibi kopyalandı`,
  leftBehind: (name: string, previous: string, next: number) =>
    `\`${name}\`: ${next}. adımda bu adda bir dosya var, bu yüzden sizinki \`steps/${previous}/\` içinde kalıyor`,
  conflict: (name: string, previous: string, next: number) =>
    `\`${name}\`: kodunuz ile ${next}. adım aynı satırları değiştiriyor, bu yüzden bu dosya şimdilik ${next}. adımın başlangıç dosyası. Sizin hâliniz \`steps/${previous}/${name}\` içinde duruyor: kendi satırlarınızı uydukları yere geri taşıyın.`,
  yours: (line: number) => `Sizinki (satır ${line}):`,
  theirs: (next: number) => `${next}. adımın başlangıç dosyası:`,
  saved: 'Bu adımdaki önceki dosyalarınız önce şuraya kaydedildi:',
  nextAction: (next: number) =>
    `Adımın ne istediğini \`npm run read ${next}\` ile okuyun, sonra \`npm run step ${next}\` çalıştırın: adımı kontrol eder, önceki adımların dosyalarınıza hâlâ uyan kontrollerini de yeniden çalıştırır.`,
};

export const m = localized({ en, tr });
