import { localized } from '../../shared/i18n/localized.ts';

const en = {
  usage: () =>
    [
      'Usage: npm run diff <number|name> [-- options]',
      '',
      "After a step passes, shows your files against the step's reference solution, line by",
      'line: - lines are yours, + lines the reference. Any correct solution passes; the',
      'reference is one way among several, and the difference is often worth a look.',
      '',
      'Options:',
      "  --from-previous  show what the step changed: the previous step's solution against",
      "                   this step's, the chapter's listing-to-listing view",
      '  --anyway         show it even though the step does not pass yet (it gives the',
      '                   answer away)',
      '  --lang tr        messages in Turkish (also WORKBOOK_LANG=tr)',
    ].join('\n'),
  yours: 'your files',
  reference: (step: number) => `the reference solution of step ${step}`,
  same: 'same',
  onlyAfter: '(new file)',
  onlyBefore: '(not in the other)',
  lines: (old: number, now: number) => `line ${old} → line ${now}`,
  notPassed: (step: number) =>
    `Step ${step} does not pass yet, so its solution stays hidden: seeing it now would spoil the step. Run \`npm run step ${step}\` until it passes, or add \`-- --anyway\` if you are sure.`,
  firstStep:
    'Step 1 is the first step: there is no earlier solution to compare with. `npm run diff 1` compares your files with the reference.',
};

const tr: typeof en = {
  usage: () =>
    [
      'Kullanım: npm run diff <numara|ad> [-- seçenekler]',
      '',
      'Bir adım geçtikten sonra dosyalarınızı adımın örnek çözümüyle satır satır karşılaştırır:',
      '- satırları sizin, + satırları örneğin. Her doğru çözüm geçer; örnek birçok yoldan',
      'biridir ve aradaki fark çoğu zaman incelemeye değer.',
      '',
      'Seçenekler:',
      '  --from-previous  adımın neyi değiştirdiğini gösterir: önceki adımın çözümüne karşı bu',
      '                   adımın çözümü, bölümün bir kod listesinden ötekine geçişi',
      '  --anyway         adım henüz geçmese de gösterir (cevabı ele verir)',
      '  --lang en        mesajlar İngilizce (ya da WORKBOOK_LANG=en)',
    ].join('\n'),
  yours: 'sizin dosyalarınız',
  reference: (step: number) => `${step}. adımın örnek çözümü`,
  same: 'aynı',
  onlyAfter: '(yeni dosya)',
  onlyBefore: '(ötekinde yok)',
  lines: (old: number, now: number) => `satır ${old} → satır ${now}`,
  notPassed: (step: number) =>
    `Adım ${step} henüz geçmiyor, bu yüzden çözümü gizli kalıyor: onu şimdi görmek adımın tadını kaçırır. Geçene kadar \`npm run step ${step}\` çalıştırın ya da eminseniz \`-- --anyway\` ekleyin.`,
  firstStep:
    'Adım 1 ilk adım: karşılaştırılacak daha önceki bir çözüm yok. `npm run diff 1` dosyalarınızı örnek çözümle karşılaştırır.',
};

export const m = localized({ en, tr });
