import { once } from 'node:events';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadProgress } from '../../../shared/workbook/progress.ts';
import { WorkbookCopy } from '../../../shared/workbook/workbook-copy.ts';

const workbook = new WorkbookCopy();
afterAll(() => workbook.remove());

test('watch mode re-runs the checks on a save, records the pass, and quits on q', async () => {
  const watching = workbook.start('step', ['1', '--watch']);
  let output = '';
  let waiting: { text: string; resolve: () => void } | undefined;
  watching.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    if (waiting && output.includes(waiting.text)) waiting.resolve();
  });
  const printed = (text: string) =>
    new Promise<void>((resolve) => {
      waiting = { text, resolve };
      if (output.includes(text)) resolve();
    });
  await printed('Watching steps/01-tcp-listen/');
  expect(output).toContain('This step is still the starter');
  output = '';
  const step = join(workbook.root, 'steps', '01-tcp-listen', 'server.ts');
  copyFileSync(join(workbook.root, 'solutions', '01-tcp-listen', 'server.ts'), step);
  await printed('Watching steps/01-tcp-listen/');
  expect(output).toMatch(/All \d+ checks pass\./);
  expect(
    loadProgress(join(workbook.root, '.workbook')).progress.steps['01-tcp-listen']?.state,
  ).toBe('passed');
  watching.stdin.write('q\n');
  const [code] = await once(watching, 'exit');
  expect(code).toBe(0);
  expect(output).toContain('Watch mode stopped.');
});
