import { localized } from '../../shared/i18n/localized.ts';

export interface UsageDefaults {
  jobs: number;
  deadlineSeconds: number;
  memoryMb: number;
  points: number;
  slugs: string[];
}

const en = {
  usage: (d: UsageDefaults) =>
    [
      'Usage: npm run grade -- <submission>... [options]',
      '',
      "Grades students' work with the workbook's own checks. A submission is a folder: a",
      "student's copy of the workbook, or just its steps/ folder. From each step folder only that",
      "step's learner files are copied, into a fresh folder beside your tests: students cannot",
      'change the checks, and nothing is ever written into a submission.',
      '',
      'Options:',
      '  --steps LIST      steps to grade, such as 1,2 or 1-4 or respond (default: all)',
      `  --points SPEC     points per step: N for every step, STEP=N for one, as in 10,6=20 (default: ${d.points} each)`,
      '  --all-or-nothing  a step earns its points only when every check passes',
      "                    (default: partial credit, each passing check earns an equal share of its step's points)",
      `  --jobs N          submissions checked at the same time (default: ${d.jobs}, from this machine's processors)`,
      `  --deadline S      seconds one step may take before it is stopped (default: ${d.deadlineSeconds})`,
      `  --memory MB       heap limit of each student server, in MB (default: ${d.memoryMb})`,
      '  --json FILE       write every result: per student, per step, per check (Exercism results.json shape)',
      '  --junit DIR       write one JUnit XML file per student into DIR',
      '  --csv FILE        write a gradebook: student, score per step, total',
      "  --classroom FILE  write one submission's result for GitHub Classroom's reporter (base64 JSON)",
      '  --lang tr         messages in Turkish (also WORKBOOK_LANG=tr)',
      '',
      'Broken work (missing files, a crash at start, a server that never listens or never stops,',
      'endless output) gets its score with the reason beside it, and grading goes on with the rest.',
      'The exit code is 0 whenever grading itself ran, whatever the students scored.',
      'Every check runs, as in CI: the ones that use curl or a browser need them installed.',
      '',
      `Steps: ${d.slugs.join(', ')}`,
    ].join('\n'),
};

const tr: typeof en = {
  usage: (d: UsageDefaults) =>
    [
      'Kullanım: npm run grade -- <teslim>... [seçenekler]',
      '',
      'Öğrencilerin çalışmalarını çalışma kitabının kendi kontrolleriyle notlandırır. Teslim bir',
      'klasördür: öğrencinin çalışma kitabı kopyası ya da yalnızca steps/ klasörü. Her adım',
      'klasöründen yalnızca o adımın öğrenci dosyaları, testlerinizin yanındaki yeni bir klasöre',
      'kopyalanır: öğrenciler kontrolleri değiştiremez ve bir teslimin içine asla yazılmaz.',
      '',
      'Seçenekler:',
      '  --steps LİSTE     notlandırılacak adımlar, örneğin 1,2 ya da 1-4 ya da respond (varsayılan: hepsi)',
      `  --points TANIM    adım başına puan: her adım için N, tek adım için ADIM=N, örneğin 10,6=20 (varsayılan: her biri ${d.points})`,
      '  --all-or-nothing  bir adım puanını yalnızca tüm kontrolleri geçerse alır',
      '                    (varsayılan: kısmi puan, geçen her kontrol adımın puanından eşit pay alır)',
      `  --jobs N          aynı anda kontrol edilen teslim sayısı (varsayılan: ${d.jobs}, bu makinenin işlemcilerinden)`,
      `  --deadline S      bir adımın durdurulmadan önce sürebileceği saniye (varsayılan: ${d.deadlineSeconds})`,
      `  --memory MB       her öğrenci sunucusunun yığın (heap) sınırı, MB (varsayılan: ${d.memoryMb})`,
      '  --json DOSYA      tüm sonuçları yazar: öğrenci, adım ve kontrol başına (Exercism results.json biçimi)',
      '  --junit KLASÖR    her öğrenci için KLASÖR içine bir JUnit XML dosyası yazar',
      '  --csv DOSYA       not defteri yazar: öğrenci, adım başına puan, toplam',
      "  --classroom DOSYA tek bir teslimin sonucunu GitHub Classroom'un raporlayıcısı için yazar (base64 JSON)",
      '  --lang en         mesajlar İngilizce (ya da WORKBOOK_LANG=en)',
      '',
      'Bozuk bir çalışma (eksik dosyalar, açılışta çökme, hiç dinlemeyen ya da hiç durmayan bir',
      'sunucu, bitmeyen çıktı) puanını yanında nedeniyle alır ve notlandırma diğerleriyle sürer.',
      'Notlandırma çalıştığı sürece çıkış kodu 0 olur, öğrencilerin puanı ne olursa olsun.',
      "CI'daki gibi her kontrol çalışır: curl ya da tarayıcı kullananlar için bunlar kurulu olmalı.",
      '',
      `Adımlar: ${d.slugs.join(', ')}`,
    ].join('\n'),
};

export const usage = localized({ en, tr }).usage;
