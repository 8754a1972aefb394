import { localized } from '../../shared/i18n/localized.ts';
import { possessive } from '../../shared/i18n/turkish-suffixes.ts';

const en = {
  header: (number: number, title: string) => `Step ${number} · ${title}`,
  checkingSolution: 'Checking the reference solution.',
  notRun: 'not run',
  serverOutput: "Your server's last output",
  passed: (count: number) => `All ${count} checks pass.`,
  failed: (failed: number, count: number) => `${failed} of ${count} checks fail.`,
  couldNotRun: 'The checks could not finish.',
  todoNotice: 'This step is still the starter: that is where everyone begins.',
  nextStep: (number: number, title: string) => `Next: step ${number}, ${title}.`,
  readNext: (number: number) =>
    `Read it with \`npm run read ${number}\`, then run \`npm run step ${number}\`.`,
  compare: (number: number) => `Compare your code with the reference: \`npm run diff ${number}\`.`,
  finished: 'That was the last step: your server is complete. Well done!',
  retry: (number: number) => `Fix it, then run \`npm run step ${number}\` again.`,
  askHint: (number: number) => `Stuck? \`npm run step ${number} -- --hint\` gives one more hint.`,
  watching: (number: number) =>
    `Or keep \`npm run step ${number} -- --watch\` open: it re-runs on every save.`,
  carryForward: (next: number) =>
    `Carry your server forward: \`npm run carry ${next}\` starts step ${next} on your own files.`,
  offerCarry: (previous: number, next: number) =>
    `Your step ${previous} passes, and this step is still its starter, which holds the reference of step ${previous}: \`npm run carry ${next}\` brings your own server here, with what step ${next} adds.`,
  earlierHeader: 'Checks of earlier steps, run again on your files:',
  fromStep: (step: number, name: string) => `from step ${step}: ${name}`,
  earlierPass: (count: number) => `Your server still passes all ${count} of them.`,
  earlierFail: (failed: number, count: number) =>
    `${failed} of ${count} fail now: something that passed in an earlier step broke on the way. The step named is where it started.`,
  typeProblems: (count: number) =>
    count === 1
      ? 'TypeScript sees 1 problem in your files:'
      : `TypeScript sees ${count} problems in your files:`,
  moreTypeProblems: (count: number) =>
    `… and ${count} more: \`npx tsc --noEmit -p .\` lists them all.`,
};

const tr: typeof en = {
  header: (number: number, title: string) => `Adım ${number} · ${title}`,
  checkingSolution: 'Örnek çözüm kontrol ediliyor.',
  notRun: 'çalışmadı',
  serverOutput: 'Sunucunuzun son çıktısı',
  passed: (count: number) => `${count} kontrolün hepsi geçti.`,
  failed: (failed: number, count: number) =>
    failed === count
      ? `${count} kontrolün hepsi başarısız.`
      : `${count} kontrolün ${possessive(failed)} başarısız.`,
  couldNotRun: 'Kontroller tamamlanamadı.',
  todoNotice: 'Bu adım hâlâ başlangıç hâlinde: herkes buradan başlar.',
  nextStep: (number: number, title: string) => `Sıradaki: adım ${number}, ${title}.`,
  readNext: (number: number) =>
    `\`npm run read ${number}\` ile okuyun, sonra \`npm run step ${number}\` çalıştırın.`,
  compare: (number: number) => `Kodunuzu örnek çözümle karşılaştırın: \`npm run diff ${number}\`.`,
  finished: 'Bu son adımdı: sunucunuz tamam. Tebrikler!',
  retry: (number: number) =>
    `Düzeltin, sonra \`npm run step ${number}\` komutunu yeniden çalıştırın.`,
  askHint: (number: number) =>
    `Takıldınız mı? \`npm run step ${number} -- --hint\` bir ipucu daha verir.`,
  watching: (number: number) =>
    `Ya da \`npm run step ${number} -- --watch\` açık kalsın: her kaydedişte yeniden çalışır.`,
  carryForward: (next: number) =>
    `Sunucunuzu ileri taşıyın: \`npm run carry ${next}\`, ${next}. adımı kendi dosyalarınızla başlatır.`,
  offerCarry: (previous: number, next: number) =>
    `Adım ${previous} sizin dosyalarınızla geçiyor; bu adım ise hâlâ başlangıç hâlinde ve içinde ${previous}. adımın örnek çözümü var: \`npm run carry ${next}\` kendi sunucunuzu buraya getirir, ${next}. adımın eklediklerini de üstüne koyar.`,
  earlierHeader: 'Önceki adımların kontrolleri, dosyalarınız üzerinde yeniden:',
  fromStep: (step: number, name: string) => `${step}. adımdan: ${name}`,
  earlierPass: (count: number) => `Sunucunuz ${count} kontrolün hepsinden hâlâ geçiyor.`,
  earlierFail: (failed: number, count: number) =>
    `${count} kontrolün ${possessive(failed)} artık başarısız: önceki bir adımda geçen bir şey sonradan bozulmuş. Sorun, adı geçen adımda başlıyor.`,
  typeProblems: (count: number) => `TypeScript dosyalarınızda ${count} sorun görüyor:`,
  moreTypeProblems: (count: number) =>
    `… ve ${count} tane daha: \`npx tsc --noEmit -p .\` hepsini listeler.`,
};

export const m = localized({ en, tr });
