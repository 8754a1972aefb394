import { localized } from '../shared/i18n/localized.ts';
import { inEnglish, inTurkish } from '../shared/i18n/numbers.ts';
import type { ReportedError } from './events.ts';

const problem = (message: string, hint: string, output?: string): ReportedError => ({
  message,
  hint,
  ...(output ? { output } : {}),
});

const en = {
  stuck: (seconds: number, check: string | undefined) =>
    problem(
      check
        ? `The check "${check}" ran for ${inEnglish.seconds(seconds)} without finishing, so it was stopped.`
        : `The checks ran for ${inEnglish.seconds(seconds)} without progress, so they were stopped.`,
      'Your code may be stuck in a loop that never ends (a while loop whose condition never changes), or waiting for something that never happens.',
    ),
  tooSlow: (seconds: number, check: string | undefined) =>
    problem(
      `The step's checks did not finish within ${inEnglish.seconds(seconds)}${check ? ` (the last one running: "${check}")` : ''}.`,
      'Look for a loop that never ends, or a response that is never sent.',
    ),
  timedOut: (seconds: number) =>
    problem(
      `This check did not finish within ${inEnglish.seconds(seconds)}, so it was stopped.`,
      'Your server may be waiting for something that never comes, or answering very slowly. Run it with npm run serve and try the request the check names by hand; on a machine busy with other work, run the step again.',
    ),
  loadError: (file: string, message: string) => `The checks in ${file} could not start: ${message}`,
  crashed: (output: string) =>
    problem(
      'The checks stopped before they finished.',
      'The output of the test run is below; if it names one of your files, start there.',
      output,
    ),
  noChecks: (output: string) =>
    problem(
      'No checks ran for this step.',
      'Make sure the step folder still has its .test.ts files, unchanged.',
      output,
    ),
};

const tr: typeof en = {
  stuck: (seconds: number, check: string | undefined) =>
    problem(
      check
        ? `"${check}" kontrolü ${inTurkish.seconds(seconds)} boyunca bitmedi, bu yüzden durduruldu.`
        : `Kontroller ${inTurkish.seconds(seconds)} boyunca ilerlemedi, bu yüzden durduruldu.`,
      'Kodunuz hiç bitmeyen bir döngüde (koşulu hiç değişmeyen bir while döngüsü) ya da hiç gerçekleşmeyecek bir şeyi beklerken takılmış olabilir.',
    ),
  tooSlow: (seconds: number, check: string | undefined) =>
    problem(
      `Adımın kontrolleri ${inTurkish.seconds(seconds)} içinde bitmedi${check ? ` (en son çalışan: "${check}")` : ''}.`,
      'Hiç bitmeyen bir döngü ya da hiç gönderilmeyen bir yanıt arayın.',
    ),
  timedOut: (seconds: number) =>
    problem(
      `Bu kontrol ${inTurkish.seconds(seconds)} içinde bitmedi, bu yüzden durduruldu.`,
      'Sunucunuz hiç gelmeyecek bir şeyi bekliyor ya da çok yavaş yanıt veriyor olabilir. Onu npm run serve ile çalıştırıp kontrolün adını verdiği isteği elle deneyin; makine başka işlerle meşgulse adımı yeniden çalıştırın.',
    ),
  loadError: (file: string, message: string) =>
    `${file} içindeki kontroller başlayamadı: ${message}`,
  crashed: (output: string) =>
    problem(
      'Kontroller bitmeden durdu.',
      'Test çalıştırmasının çıktısı aşağıda; dosyalarınızdan birinin adı geçiyorsa oradan başlayın.',
      output,
    ),
  noChecks: (output: string) =>
    problem(
      'Bu adım için hiçbir kontrol çalışmadı.',
      'Adım klasöründeki .test.ts dosyalarının yerinde ve değiştirilmemiş olduğundan emin olun.',
      output,
    ),
};

export const m = localized({ en, tr });
