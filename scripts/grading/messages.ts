import { localized } from '../shared/i18n/localized.ts';
import { inEnglish, inTurkish } from '../shared/i18n/numbers.ts';

const en = {
  workflowUsage: () =>
    [
      'Usage: npm run classroom-workflow',
      '',
      "Writes .github/workflows/classroom.yml: GitHub Classroom's autograding, with one grading",
      'step per workbook step. Run it again whenever a step is added.',
    ].join('\n'),
  unknownStep: (item: string, slugs: string[]) =>
    `There is no step "${item}". The steps are: ${slugs.join(', ')}.`,
  badPoints: (item: string) =>
    `"${item}" is not a points setting: write N for every step or STEP=N for one, as in 10,6=20.`,
  noSubmissions: 'Give at least one submission folder to grade.',
  classroomNeedsOne: (count: number) =>
    `--classroom writes the result of one submission, but ${count} were given.`,
  noSuchPath: (path: string) => `${path} does not exist.`,
  notAFolder: (path: string) => `${path} is a file, not a folder: a submission is a folder.`,
  emptyFolder: (path: string) => `${path} is an empty folder: nothing was handed in.`,
  notASubmission: (path: string, example: string) =>
    `${path} is not a copy of the workbook: it has neither a steps/ folder nor step folders such as ${example}/.`,
  stepFolderMissing: (slug: string) => `The submission has no folder for this step (${slug}/).`,
  filesUnusable: (slug: string, problems: string[]) =>
    `The step's files could not be taken from ${slug}/: ${problems.join('; ')}.`,
  missingFile: (file: string) => `${file} is missing`,
  notAFile: (file: string) => `${file} is a link or a folder, not a file`,
  fileTooLarge: (file: string, megabytes: number) => `${file} is larger than ${megabytes} MB`,
  unreadableFile: (file: string, code: string) => `${file} cannot be read (${code})`,
  checkNotRun: 'This check did not run.',
  untouchedStarter:
    "This step's files are still the starter, unchanged: the step was not attempted, so its checks were not run.",
  checkFailed: 'This check failed without saying why.',
  wholeStep: (number: number) => `step ${number}`,
  graderFailed: (error: string) => `Grading this step failed: ${error}`,
  progress: (done: number, total: number, failed: number, seconds: number) =>
    `${done}/${total} steps graded${failed ? `, ${failed} could not be checked` : ''} · ${inEnglish.seconds(seconds)}`,
  student: 'Student',
  total: 'Total',
  pointsRow: '(points)',
  legend: '✓ every check passes   ✗ some checks fail   ! could not be checked',
  couldNotCheck: 'Not checked in full:',
  csvStudent: 'Student',
  csvStep: (number: number, points: number) => `Step ${number} (${points})`,
  csvTotal: (points: number) => `Total (${points})`,
  graded: (students: number, steps: number, seconds: number, jobs: number) =>
    `Graded ${students} submission${students === 1 ? '' : 's'} on ${steps} step${steps === 1 ? '' : 's'} in ${inEnglish.seconds(seconds)}, ${jobs} at a time.`,
  wrote: (what: string, where: string) => `${what}: ${where}`,
  cannotWrite: (error: string) => `A report could not be written: ${error}`,
  jsonReport: 'Results (JSON)',
  junitReports: 'JUnit reports',
  csvReport: 'Gradebook (CSV)',
  classroomReport: 'GitHub Classroom result',
};

const tr: typeof en = {
  workflowUsage: () =>
    [
      'Kullanım: npm run classroom-workflow',
      '',
      ".github/workflows/classroom.yml dosyasını yazar: GitHub Classroom'un otomatik",
      'notlandırması, çalışma kitabının her adımı için bir notlandırma adımıyla. Yeni bir adım',
      'eklendiğinde yeniden çalıştırın.',
    ].join('\n'),
  unknownStep: (item: string, slugs: string[]) =>
    `"${item}" diye bir adım yok. Adımlar: ${slugs.join(', ')}.`,
  badPoints: (item: string) =>
    `"${item}" bir puan ayarı değil: her adım için N ya da tek bir adım için ADIM=N yazın, örneğin 10,6=20.`,
  noSubmissions: 'Notlandırmak için en az bir teslim klasörü verin.',
  classroomNeedsOne: (count: number) =>
    `--classroom tek bir teslimin sonucunu yazar, ama ${count} teslim verildi.`,
  noSuchPath: (path: string) => `${path} diye bir yol yok.`,
  notAFolder: (path: string) => `${path} bir dosya, klasör değil: teslim bir klasördür.`,
  emptyFolder: (path: string) => `${path} boş bir klasör: hiçbir şey teslim edilmemiş.`,
  notASubmission: (path: string, example: string) =>
    `${path} çalışma kitabının bir kopyası değil: içinde ne steps/ klasörü ne de ${example}/ gibi adım klasörleri var.`,
  stepFolderMissing: (slug: string) => `Teslimde bu adımın klasörü yok (${slug}/).`,
  filesUnusable: (slug: string, problems: string[]) =>
    `Adımın dosyaları ${slug}/ klasöründen alınamadı: ${problems.join('; ')}.`,
  missingFile: (file: string) => `${file} eksik`,
  notAFile: (file: string) => `${file} bir sembolik bağlantı (symlink) ya da klasör, dosya değil`,
  fileTooLarge: (file: string, megabytes: number) => `${file} ${megabytes} MB'tan büyük`,
  unreadableFile: (file: string, code: string) => `${file} okunamıyor (${code})`,
  checkNotRun: 'Bu kontrol çalışmadı.',
  untouchedStarter:
    'Bu adımın dosyaları hâlâ değiştirilmemiş başlangıç dosyaları: adım denenmemiş, bu yüzden kontrolleri çalıştırılmadı.',
  checkFailed: 'Bu kontrol nedenini söylemeden başarısız oldu.',
  wholeStep: (number: number) => `adım ${number}`,
  graderFailed: (error: string) => `Bu adım notlandırılırken hata oluştu: ${error}`,
  progress: (done: number, total: number, failed: number, seconds: number) =>
    `${done}/${total} adım notlandırıldı${failed ? `, ${failed} adım kontrol edilemedi` : ''} · ${inTurkish.seconds(seconds)}`,
  student: 'Öğrenci',
  total: 'Toplam',
  pointsRow: '(puan)',
  legend: '✓ tüm kontroller geçiyor   ✗ bazı kontroller başarısız   ! kontrol edilemedi',
  couldNotCheck: 'Tamamı kontrol edilemeyenler:',
  csvStudent: 'Öğrenci',
  csvStep: (number: number, points: number) => `Adım ${number} (${points})`,
  csvTotal: (points: number) => `Toplam (${points})`,
  graded: (students: number, steps: number, seconds: number, jobs: number) =>
    `${students} teslim, ${steps} adımda ${inTurkish.seconds(seconds)} içinde notlandırıldı; aynı anda ${jobs} teslim.`,
  wrote: (what: string, where: string) => `${what}: ${where}`,
  cannotWrite: (error: string) => `Bir rapor yazılamadı: ${error}`,
  jsonReport: 'Sonuçlar (JSON)',
  junitReports: 'JUnit raporları',
  csvReport: 'Not defteri (CSV)',
  classroomReport: 'GitHub Classroom sonucu',
};

export const m = localized({ en, tr });
