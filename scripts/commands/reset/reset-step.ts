import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stateFolder } from '../../shared/workbook/paths.ts';
import type { Step } from '../../shared/workbook/steps.ts';
import { m } from './messages.ts';
import type { Files } from './starters.ts';

export const backupsFolder = (state = stateFolder) => join(state, 'backups');

/** The learner's files that differ from `files`: what putting `files` in place would replace. */
export function changedFiles(step: Step, files: Files): string[] {
  return [...files].flatMap(([name, content]) => {
    const path = join(step.folder, name);
    return existsSync(path) && readFileSync(path).equals(content) ? [] : [name];
  });
}

/**
 * Puts `files` (the starter for a reset, the carried files for a carry) in place of the learner's
 * files. The learner's files are copied to a new backup folder first, and read back, before any
 * of them is replaced: if the backup fails, nothing is touched. Returns the backup folder, or
 * nothing when no file of the learner's had to be replaced (then no folder is made).
 */
export function replaceStepFiles(
  step: Step,
  files: Files,
  state = stateFolder,
  now = new Date(),
): string | undefined {
  const saved = changedFiles(step, files).filter((name) => existsSync(join(step.folder, name)));
  const backup = saved.length > 0 ? newBackupFolder(step, state, now) : undefined;
  if (backup) saveFiles(step, saved, backup);
  for (const [name, content] of files) {
    const path = join(step.folder, name);
    const temporary = `${path}.reset.tmp`;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, content);
    // Each file is replaced whole: an editor never sees half of it.
    renameSync(temporary, path);
  }
  return backup;
}

/** Copies the learner's files `names` into `backup`, and reads each copy back. */
function saveFiles(step: Step, names: readonly string[], backup: string): void {
  for (const name of names) {
    const content = readFileSync(join(step.folder, name));
    mkdirSync(dirname(join(backup, name)), { recursive: true });
    writeFileSync(join(backup, name), content);
    if (!readFileSync(join(backup, name)).equals(content)) {
      throw new Error(m.backupDiffers(name, backup));
    }
  }
}

function newBackupFolder(step: Step, state: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  let folder = join(backupsFolder(state), `${stamp}-${step.slug}`);
  for (let again = 2; existsSync(folder); again++) {
    folder = join(backupsFolder(state), `${stamp}-${step.slug}-${again}`);
  }
  mkdirSync(folder, { recursive: true });
  return folder;
}
