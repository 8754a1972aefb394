import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findStep, type Step } from '../../shared/workbook/steps.ts';
import { changedFiles, replaceStepFiles } from './reset-step.ts';
import { keepStarters, pristineStarter, type Files } from './starters.ts';

const folders: string[] = [];
const stepOne = findStep('1')!;

function temporary(): string {
  const folder = mkdtempSync(join(tmpdir(), 'workbook-reset-'));
  folders.push(folder);
  return folder;
}

/** Step 1 with its learner's folder copied aside, so that tests may edit it. */
function copyOfStepOne(): { step: Step; state: string } {
  const folder = temporary();
  cpSync(stepOne.folder, folder, { recursive: true });
  return { step: { ...stepOne, folder }, state: join(folder, '.workbook') };
}

const pristine = (step: Step): Files =>
  new Map([['server.ts', readFileSync(join(step.folder, 'server.ts'))]]);

afterEach(() =>
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })),
);

describe('resetting a step', () => {
  test("saves the learner's files, byte for byte, before putting the starter back", () => {
    const { step, state } = copyOfStepOne();
    const starter = pristine(step);
    const work = 'import net from "node:net";\n// my own server, half done\n';
    writeFileSync(join(step.folder, 'server.ts'), work);
    expect(changedFiles(step, starter)).toEqual(['server.ts']);
    const backup = replaceStepFiles(step, starter, state, new Date('2026-01-02T03:04:05Z'));
    expect(backup).toMatch(/backups[\\/]2026-01-02T03-04-05-01-tcp-listen$/);
    expect(readFileSync(join(backup!, 'server.ts'), 'utf8')).toBe(work);
    expect(readFileSync(join(step.folder, 'server.ts'))).toEqual(starter.get('server.ts'));
    expect(changedFiles(step, starter)).toEqual([]);
  });

  test('never reuses a backup folder, even within the same second', () => {
    const { step, state } = copyOfStepOne();
    const starter = pristine(step);
    const moment = new Date('2026-01-02T03:04:05Z');
    writeFileSync(join(step.folder, 'server.ts'), 'first attempt\n');
    const first = replaceStepFiles(step, starter, state, moment);
    writeFileSync(join(step.folder, 'server.ts'), 'second attempt\n');
    const second = replaceStepFiles(step, starter, state, moment);
    expect(second).not.toBe(first);
    expect(readFileSync(join(first!, 'server.ts'), 'utf8')).toBe('first attempt\n');
    expect(readFileSync(join(second!, 'server.ts'), 'utf8')).toBe('second attempt\n');
  });

  test('makes no backup folder when no file of the learner has to be replaced', () => {
    const { step, state } = copyOfStepOne();
    const starter = pristine(step);
    expect(replaceStepFiles(step, starter, state)).toBeUndefined();
    expect(existsSync(join(state, 'backups'))).toBe(false);
  });

  test('changes nothing when the backup cannot be made', () => {
    const { step, state } = copyOfStepOne();
    const starter = pristine(step);
    writeFileSync(join(step.folder, 'server.ts'), 'precious work\n');
    // A file where the backups folder should be makes every backup fail.
    mkdirSync(state);
    writeFileSync(join(state, 'backups'), '');
    expect(() => replaceStepFiles(step, starter, state)).toThrow();
    expect(readFileSync(join(step.folder, 'server.ts'), 'utf8')).toBe('precious work\n');
  });

  test('keeps a copy of a starter only while the step is untouched', () => {
    const { step, state } = copyOfStepOne();
    const edited = { ...step, slug: '01-edited', folder: temporary() };
    writeFileSync(join(edited.folder, 'server.ts'), 'finished work, no placeholder left\n');
    keepStarters([step, edited], state);
    expect(pristineStarter(step, state)?.source).toBe('kept');
    expect(existsSync(join(state, 'starters', '01-edited'))).toBe(false);
  });

  test('finds the starter in git when no copy was kept', () => {
    const starter = pristineStarter(stepOne, temporary());
    expect(starter?.source).toBe('git');
    expect(String(starter?.files.get('server.ts'))).toContain('TODO(step 1)');
  });

  test('finds nothing rather than something wrong', () => {
    const { step, state } = copyOfStepOne();
    writeFileSync(join(step.folder, 'server.ts'), 'finished work\n');
    expect(pristineStarter({ ...step, slug: '01-elsewhere' }, state)).toBeUndefined();
  });
});
