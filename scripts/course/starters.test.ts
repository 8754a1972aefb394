import { afterAll, describe, expect, test } from 'vitest';
import { listSteps } from '../shared/workbook/steps.ts';
import { WorkbookCopy } from '../shared/workbook/workbook-copy.ts';
import { englishSentences } from './english-sentences.ts';

/**
 * The report's notice that the step is still the starter. It is printed only when the checks ran
 * to their end and the first failure is a starter's placeholder.
 */
const stillTheStarter = 'Bu adım hâlâ başlangıç hâlinde';

// Each starter runs once, through the learner's own command, as a Turkish learner runs it: the
// same run shows that it fails its step and that it speaks Turkish. The runs mostly wait on
// their checks, so they go side by side.
describe.concurrent('every starter, run untouched under LANG=tr_TR.UTF-8', () => {
  const workbook = new WorkbookCopy({ locale: 'tr_TR.UTF-8', timeoutMs: 170_000 });
  afterAll(() => workbook.remove());

  test.each(listSteps())(
    'step $slug fails with its TODO message and prints no English sentence but the protocol lines',
    async ({ number }) => {
      const run = await workbook.runAsync('step', [String(number)]);
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.status, output).toBe(1);
      expect(output, output).toContain(stillTheStarter);
      const told = output.slice(output.indexOf(stillTheStarter));
      expect(told, 'the failure told in full').toContain(`TODO(step ${number})`);
      expect(output).toContain('README.tr.md');
      expect(englishSentences(output), output).toEqual([]);
    },
  );
});
