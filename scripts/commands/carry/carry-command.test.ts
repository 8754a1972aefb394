import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fingerprint } from '../../shared/workbook/fingerprint.ts';
import { loadProgress } from '../../shared/workbook/progress.ts';
import { recordResult } from '../../shared/workbook/record-progress.ts';
import { findStep, type Step } from '../../shared/workbook/steps.ts';
import { WorkbookCopy } from '../../shared/workbook/workbook-copy.ts';

const workbook = new WorkbookCopy();
const state = join(workbook.root, '.workbook');
afterAll(() => workbook.remove());

/** A step of the copy, whose files the tests may change. */
function step(number: number): Step {
  const { slug } = findStep(String(number))!;
  return {
    ...findStep(slug)!,
    folder: join(workbook.root, 'steps', slug),
    solutionFolder: join(workbook.root, 'solutions', slug),
  };
}

const read = (step: Step, name: string) => readFileSync(join(step.folder, name), 'utf8');
const write = (step: Step, name: string, text: string) =>
  writeFileSync(join(step.folder, name), text);
/** What the command said, its lines joined up again wherever the terminal width broke them. */
const words = (text: string) => text.replace(/\s+/g, ' ');
const pass = (step: Step) => recordResult(step.slug, 'passed', state, fingerprint(step));

/** Step 2 solved, with the learner's own comment and a module of their own. */
function solveStepTwo(): void {
  const two = step(2);
  for (const name of ['server.ts', 'request.ts']) {
    write(two, name, readFileSync(join(two.solutionFolder, name), 'utf8'));
  }
  const server = read(two, 'server.ts').replace(
    "import net from 'node:net';",
    "import net from 'node:net';\n// Mine: every request is printed before anything else.",
  );
  write(two, 'server.ts', server);
  write(two, 'request.ts', `// Mine: a head is read as text.\n${read(two, 'request.ts')}`);
  write(two, 'greeting.ts', "export const greeting = 'Connection established!';\n");
}

beforeAll(() => {
  expect(workbook.run('keep-starters').status).toBe(0);
  solveStepTwo();
});

describe('npm run carry', () => {
  test('refuses while the previous step does not pass, and changes nothing', () => {
    const starter = read(step(3), 'server.ts');
    const result = workbook.run('carry', ['3']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Step 2 does not pass yet');
    expect(result.stdout).toContain('`npm run step 2`');
    expect(workbook.run('carry', ['3', '--lang', 'tr']).stdout).toContain('Adım 2 henüz geçmiyor');
    expect(read(step(3), 'server.ts')).toBe(starter);
  });

  test('refuses a step whose files changed since they passed', () => {
    pass(step(2));
    write(step(2), 'server.ts', `${read(step(2), 'server.ts')}// one more line\n`);
    const result = workbook.run('carry', ['3']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Your files of step 2 changed since they passed');
    solveStepTwo();
  });

  test('is offered by the next step while that step is still its untouched starter', () => {
    pass(step(2));
    const checked = workbook.run('step', ['3']);
    expect(checked.status).toBe(1);
    expect(words(checked.stdout)).toContain(
      'Your step 2 passes, and this step is still its starter, which holds the reference of step 2: `npm run carry 3` brings your own server here',
    );
    const inTurkish = workbook.run('step', ['3', '--lang', 'tr']);
    expect(words(inTurkish.stdout)).toContain(
      'Adım 2 sizin dosyalarınızla geçiyor; bu adım ise hâlâ başlangıç hâlinde',
    );
    expect(words(inTurkish.stdout)).toContain('`npm run carry 3` kendi sunucunuzu buraya getirir');
  });

  test("brings the learner's files forward with what the next step adds", () => {
    pass(step(2));
    const result = workbook.run('carry', ['3']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Step 3 now starts from your own server of step 2');
    const server = read(step(3), 'server.ts');
    expect(server).toContain('// Mine: every request is printed before anything else.');
    expect(server).toContain('TODO(step 3)');
    expect(read(step(3), 'request.ts')).toBe(read(step(2), 'request.ts'));
    expect(read(step(3), 'greeting.ts')).toBe(read(step(2), 'greeting.ts'));
    expect(result.stdout).toContain('`greeting.ts`: your own file, copied as it is');
    expect(words(result.stdout)).toContain('`server.ts`: your code, with what step 3 adds');
    expect(words(result.stdout)).toContain(
      '`request.ts`: yours, as it was: step 3 adds nothing to it',
    );
    expect(loadProgress(state).progress.carried?.['03-respond']).toBe(2);
  });

  test('where both change the same lines, shows both, uses the starter, and loses nothing', () => {
    const three = step(3);
    const starter = readFileSync(join(state, 'starters', three.slug, 'server.ts'), 'utf8');
    write(three, 'server.ts', '// my first try at step 3\n');
    // The learner ends the connection their own way, on the line that step 3 replaces.
    const mine = read(step(2), 'server.ts').replace('  socket.end();', '  socket.destroySoon();');
    write(step(2), 'server.ts', mine);
    const result = workbook.run('carry', ['3', '--force']);
    expect(result.status).toBe(0);
    const said = words(result.stdout);
    expect(said).toContain(
      "`server.ts`: your code and step 3 change the same lines, so this file is step 3's starter",
    );
    expect(said).toMatch(/Yours \(line \d+\): socket\.destroySoon\(\); Step 3's starter:/);
    expect(said).toMatch(/Step 3's starter: \/\/ TODO\(step 3\)/);
    expect(read(three, 'server.ts')).toBe(starter);
    expect(read(step(2), 'server.ts')).toBe(mine);
    const backup = /^ {2}(\.workbook\/backups\/\S+-03-respond(?:-\d+)?)\/$/m.exec(
      result.stdout,
    )?.[1];
    expect(backup).toBeDefined();
    expect(readFileSync(join(workbook.root, backup!, 'server.ts'), 'utf8')).toBe(
      '// my first try at step 3\n',
    );
    // The starter stands in for that file alone: the learner's other files are carried.
    expect(read(three, 'request.ts')).toContain('// Mine: a head is read as text.');
    expect(existsSync(join(three.folder, 'greeting.ts'))).toBe(true);
  });

  test('says in Turkish where the two versions meet', () => {
    const result = workbook.run('carry', ['3', '--force', '--lang', 'tr']);
    expect(words(result.stdout)).toContain('kodunuz ile 3. adım aynı satırları değiştiriyor');
    expect(result.stdout).toContain('Sizinki (satır');
  });

  test('has nothing to carry into the first step', () => {
    const result = workbook.run('carry', ['1']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Step 1 is the first step');
  });
});
