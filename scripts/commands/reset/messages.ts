import { localized } from '../../shared/i18n/localized.ts';

const en = {
  usage: () =>
    [
      'Usage: npm run reset <number|name> [-- --yes]',
      '',
      "Puts a step's starter files back, to start the step again. Nothing is lost: your",
      'current files are first copied to .workbook/backups/<time>-<step>/, and the command',
      "prints that folder. Only the step's own files are replaced (those listed by",
      '`npm run read <n>`); any other file you added stays.',
      '',
      'In a terminal it asks before it changes anything. Elsewhere, say yes in advance:',
      '  --yes      reset without asking',
      '  --lang tr  messages in Turkish (also WORKBOOK_LANG=tr)',
    ].join('\n'),
  question: (step: number, files: string) =>
    `Reset step ${step}? These files go back to the starter (a backup is made first): ${files}. [y/N] `,
  yes: /^(y|yes)$/i,
  needsYes: (step: number) =>
    `Resetting replaces your files, so it needs a yes. Run it in a terminal to be asked, or add --yes: \`npm run reset ${step} -- --yes\`.`,
  cancelled: 'Nothing was changed.',
  unchanged: (step: number) => `Step ${step} is already its starter: nothing to reset.`,
  done: (step: number, files: string) =>
    `Step ${step} is back to its starter (${files}). Your files were saved in:`,
  fromGit: 'The starter came from git, as no copy of it was kept in .workbook/starters/.',
  noStarter: (step: number) =>
    `The starter of step ${step} could not be found: .workbook/starters/ has no copy of it and git has none either. Nothing was changed. A fresh download of the workbook has the starter in its steps/ folder.`,
  failed: (reason: string) => `The reset stopped before replacing any file: ${reason}.`,
  backupDiffers: (name: string, backup: string) =>
    `the backup of ${name} in ${backup} does not match the original`,
};

const tr: typeof en = {
  usage: () =>
    [
      'Kullanım: npm run reset <numara|ad> [-- --yes]',
      '',
      'Adıma yeniden başlamak için adımın başlangıç dosyalarını geri koyar. Hiçbir şey kaybolmaz:',
      'mevcut dosyalarınız önce .workbook/backups/<zaman>-<adım>/ klasörüne kopyalanır ve komut',
      'bu klasörü yazdırır. Yalnızca adımın kendi dosyaları değişir (`npm run read <n>` onları',
      'listeler); eklediğiniz başka dosyalar yerinde kalır.',
      '',
      'Terminalde bir şeyi değiştirmeden önce sorar. Başka yerde onayı önceden verin:',
      '  --yes      sormadan sıfırlar',
      '  --lang en  mesajlar İngilizce (ya da WORKBOOK_LANG=en)',
    ].join('\n'),
  question: (step: number, files: string) =>
    `Adım ${step} sıfırlansın mı? Şu dosyalar başlangıç hâline döner (önce yedek alınır): ${files}. [e/H] `,
  yes: /^(e|evet|y|yes)$/i,
  needsYes: (step: number) =>
    `Sıfırlama dosyalarınızı değiştirir, bu yüzden onay ister. Sorulması için bir terminalde çalıştırın ya da --yes ekleyin: \`npm run reset ${step} -- --yes\`.`,
  cancelled: 'Hiçbir şey değişmedi.',
  unchanged: (step: number) => `Adım ${step} zaten başlangıç hâlinde: sıfırlanacak bir şey yok.`,
  done: (step: number, files: string) =>
    `Adım ${step} başlangıç hâline döndü (${files}). Dosyalarınızın kaydedildiği yer:`,
  fromGit:
    ".workbook/starters/ içinde bir kopyası tutulmadığı için başlangıç dosyaları git'ten alındı.",
  noStarter: (step: number) =>
    `Adım ${step} için başlangıç dosyaları bulunamadı: .workbook/starters/ içinde de git'te de kopyası yok. Hiçbir şey değişmedi. Çalışma kitabının yeni bir indirmesinde başlangıç dosyaları steps/ klasöründedir.`,
  failed: (reason: string) => `Sıfırlama hiçbir dosyayı değiştirmeden durdu: ${reason}.`,
  backupDiffers: (name: string, backup: string) =>
    `${backup} içindeki ${name} yedeği asıl dosyayla aynı değil`,
};

export const m = localized({ en, tr });
