import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { WorkbookCopy } from '../../shared/workbook/workbook-copy.ts';

const workbook = new WorkbookCopy();
afterAll(() => workbook.remove());
const at = (...path: string[]) => join(workbook.root, ...path);

describe('npm run step on carried files', () => {
  test('names a bug carried forward by the earlier step whose check finds it', () => {
    expect(workbook.run('keep-starters').status).toBe(0);
    cpSync(at('solutions/02-parse-request'), at('steps/02-parse-request'), { recursive: true });
    expect(workbook.run('step', ['2']).status).toBe(0);
    expect(workbook.run('carry', ['3']).status).toBe(0);
    // Step 3's task done, and a change on the way that step 3's own checks do not look at.
    cpSync(at('solutions/03-respond/server.ts'), at('steps/03-respond/server.ts'));
    const request = at('steps/03-respond/request.ts');
    writeFileSync(request, readFileSync(request, 'utf8').replace('.toLowerCase()', ''));
    const result = workbook.run('step', ['3']);
    expect(result.status).toBe(1);
    const [own, earlier] = result.stdout.split('Checks of earlier steps, run again on your files:');
    expect(own).toMatch(/All \d+ checks pass\./);
    expect(earlier).toContain(
      '✗ from step 2: matches header names without regard to case, trims values, and keeps the last of a repeated header',
    );
    expect(earlier).toContain('✓ from step 1: listens for TCP connections');
    // Step 2 retired step 1's check that the connection ends at once.
    expect(earlier).not.toContain('ends each connection after greeting it');
    expect(earlier).toMatch(/\d+ of \d+ fail now/);
    // Carried already: nothing to offer.
    expect(result.stdout).not.toContain('brings your own server here');
  });
});
