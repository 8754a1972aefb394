import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { WorkbookCopy } from '../../shared/workbook/workbook-copy.ts';

const workbook = new WorkbookCopy();
const server = join(workbook.root, 'steps', '01-tcp-listen', 'server.ts');
const starter = readFileSync(server, 'utf8');
afterAll(() => workbook.remove());

describe('npm run reset', () => {
  test('keeps its copy of the starters at install time', () => {
    expect(workbook.run('keep-starters').status).toBe(0);
    expect(readdirSync(join(workbook.root, '.workbook', 'starters'))).toContain('01-tcp-listen');
  });

  test('asks for a yes it cannot get outside a terminal, and changes nothing', () => {
    writeFileSync(server, '// my work\n');
    const result = workbook.run('reset', ['1']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('`npm run reset 1 -- --yes`');
    expect(readFileSync(server, 'utf8')).toBe('// my work\n');
  });

  test('with --yes, restores the starter and names the backup that holds the work', () => {
    writeFileSync(server, '// my work\n');
    const result = workbook.run('reset', ['1', '--yes']);
    expect(result.status).toBe(0);
    const backup = /^ {2}(\.workbook\/backups\/\S+-01-tcp-listen)\/$/m.exec(result.stdout)?.[1];
    expect(backup).toBeDefined();
    expect(readFileSync(join(workbook.root, backup!, 'server.ts'), 'utf8')).toBe('// my work\n');
    expect(readFileSync(server, 'utf8')).toBe(starter);
  });

  test('says so when the step is already its starter', () => {
    const result = workbook.run('reset', ['1', '--yes']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Step 1 is already its starter');
  });
});
