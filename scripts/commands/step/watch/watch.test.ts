import { once } from 'node:events';
import { copyFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadProgress } from '../../../shared/workbook/progress.ts';
import { WorkbookCopy } from '../../../shared/workbook/workbook-copy.ts';

const workbook = new WorkbookCopy();
afterAll(() => workbook.remove());

/** Watch mode on a step, its output so far, and a wait for a text to appear in it. */
function watch(step: string) {
  const watching = workbook.start('step', [step, '--watch']);
  const seen = { output: '' };
  let waiting: { text: string; resolve: () => void } | undefined;
  watching.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    seen.output += chunk;
    if (waiting && seen.output.includes(waiting.text)) waiting.resolve();
  });
  const printed = (text: string) =>
    new Promise<void>((resolve) => {
      waiting = { text, resolve };
      if (seen.output.includes(text)) resolve();
    });
  return { watching, seen, printed };
}

test('watch mode re-runs the checks on a save, records the pass, and quits on q', async () => {
  const { watching, seen, printed } = watch('1');
  await printed('Watching steps/01-tcp-listen/');
  expect(seen.output).toContain('This step is still the starter');
  seen.output = '';
  const step = join(workbook.root, 'steps', '01-tcp-listen', 'server.ts');
  copyFileSync(join(workbook.root, 'solutions', '01-tcp-listen', 'server.ts'), step);
  await printed('Watching steps/01-tcp-listen/');
  expect(seen.output).toMatch(/All \d+ checks pass\./);
  expect(
    loadProgress(join(workbook.root, '.workbook')).progress.steps['01-tcp-listen']?.state,
  ).toBe('passed');
  watching.stdin.write('q\n');
  const [code] = await once(watching, 'exit');
  expect(code).toBe(0);
  expect(seen.output).toContain('Watch mode stopped.');
});

test('watch mode runs the checks of earlier steps on carried files, as a single run does', async () => {
  const at = (...path: string[]) => join(workbook.root, ...path);
  expect(workbook.run('keep-starters').status).toBe(0);
  cpSync(at('solutions', '02-parse-request'), at('steps', '02-parse-request'), { recursive: true });
  const passed = workbook.run('step', ['2']);
  expect(passed.status, passed.stdout).toBe(0);
  const carried = workbook.run('carry', ['3']);
  expect(carried.status, carried.stdout).toBe(0);
  copyFileSync(at('solutions', '03-respond', 'server.ts'), at('steps', '03-respond', 'server.ts'));
  const { watching, seen, printed } = watch('3');
  await printed('Watching steps/03-respond/');
  const [own, earlier = ''] = seen.output.split(
    'Checks of earlier steps, run again on your files:',
  );
  expect(own).toMatch(/All \d+ checks pass\./);
  expect(earlier).toContain('✓ from step 2: parses curl');
  // Step 2 retired step 1's check that the connection ends at once.
  expect(earlier).not.toContain('ends each connection after greeting it');
  expect(earlier).toMatch(/Your server still passes all \d+ of them\./);
  watching.stdin.write('q\n');
  await once(watching, 'exit');
});
