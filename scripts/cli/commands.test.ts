import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { root } from '../shared/workbook/paths.ts';

const execute = promisify(execFile);

/** Runs a command as `npm run` would; resolves with its output and exit code, failing or not. */
async function run(command: string, args: string[]) {
  const script = join(root, 'scripts/cli', `${command}.ts`);
  const env = { ...process.env, NO_COLOR: '1', WORKBOOK_LANG: 'en' };
  try {
    const { stdout, stderr } = await execute(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { cwd: root, env },
    );
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const npmScripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<
  string,
  string
>;
/** The commands people run; postinstall runs by itself, with nothing to read. */
const commands = Object.entries(npmScripts)
  .filter(([name, line]) => name !== 'postinstall' && line.includes('scripts/cli/'))
  .map(([, line]) => /scripts\/cli\/([\w-]+)\.ts/.exec(line)![1]!);

describe('the commands', () => {
  test('each explains itself with --help', async () => {
    const results = await Promise.all(commands.map((command) => run(command, ['--help'])));
    results.forEach((result, index) => {
      expect(result.status, commands[index]).toBe(0);
      expect(result.stdout, commands[index]).toMatch(/^Usage: npm (start|run [\w-]+)/);
    });
  });

  test('each reads its command line through the one module that gives every command its manners', () => {
    expect(commands).toEqual(expect.arrayContaining(['step', 'bench', 'grade']));
    for (const command of commands) {
      const entry = readFileSync(join(root, 'scripts/cli', `${command}.ts`), 'utf8');
      expect(entry, command).toMatch(/from '\.\/command\.ts'/);
      expect(entry, command).not.toMatch(/parseArgs/);
    }
  });

  test('a wrong value is told in one line, with the usage', async () => {
    const result = await run('bench', ['--rounds', 'x']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^--rounds takes a whole number of at least 1, not "x"\.\n\nUsage: npm run bench/,
    );
  });

  test('a wrong value is told in Turkish when asked to', async () => {
    const result = await run('grade', ['--jobs', '0', '--lang', 'tr', 'submission']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^--jobs 1 ile 64 arasında bir tam sayı bekler, "0" değil\.\n\nKullanım: npm run grade/,
    );
  });

  test('an option left without its value is named, with the usage', async () => {
    const result = await run('timeline', ['5', '--pool-size']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^The option --pool-size needs a value after it\.\n\nUsage:/);
  });

  test('a step that does not exist is refused, with the list of steps', async () => {
    const result = await run('diff', ['42']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('There is no step "42". The steps are: 01-tcp-listen');
    expect(result.stderr).toContain('Usage: npm run diff');
  });

  test('an unknown option is named, with the usage', async () => {
    const result = await run('read', ['1', '--colour']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('This command has no option --colour.');
    expect(result.stderr).toContain('Usage: npm run read');
  });

  test('an unknown option is named in Turkish when asked to', async () => {
    const result = await run('read', ['1', '--colour', '--lang', 'tr']);
    expect(result.stderr).toContain('Bu komutun --colour diye bir seçeneği yok.');
  });

  test('help speaks Turkish when asked to', async () => {
    expect((await run('reset', ['--help', '--lang', 'tr'])).stdout).toMatch(
      /^Kullanım: npm run reset/,
    );
  });

  test('stop quietly when their reader stops early, as `| head` does', async () => {
    const script = join(root, 'scripts/cli/read.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, '1'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', WORKBOOK_LANG: 'en' },
    });
    // The reader is gone before the first line is written.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const [code] = await once(child, 'exit');
    expect(stderr).not.toMatch(/EPIPE/);
    expect(code).toBe(0);
  });
});
