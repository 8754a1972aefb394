import { createHash } from 'node:crypto';
import { readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { folderFiles } from '../../../shared/workbook/folder-files.ts';

/**
 * What the files look like on disk. A save changes it even when the content stays the same (the
 * time), and a change of content counts even where file times are coarse (the hash).
 */
function fingerprint(folder: string): string {
  return folderFiles(folder)
    .sort()
    .map((file) => {
      const path = join(folder, file);
      try {
        const hash = createHash('sha1').update(readFileSync(path)).digest('hex');
        return `${file}:${statSync(path).mtimeMs}:${hash}`;
      } catch {
        return `${file}:gone`;
      }
    })
    .join('\n');
}

/**
 * Calls `onSave` after every save in `folder`. File events come from the operating system
 * (editors that save by renaming a new file over the old one included) and are settled for a
 * moment, since one save often makes several events; a slow poll catches what events miss,
 * as on network drives. A save is a change of the files' times or contents, so events about
 * nothing (a file opened, a swap file written) never trigger a run.
 */
export function watchFolder(folder: string, onSave: () => void, settleMs = 50, pollMs = 1000) {
  let seen = fingerprint(folder);
  let settling: NodeJS.Timeout | undefined;
  const look = () => {
    const now = fingerprint(folder);
    if (now === seen) return;
    seen = now;
    onSave();
  };
  const nudge = () => {
    clearTimeout(settling);
    settling = setTimeout(look, settleMs);
  };
  let watcher: FSWatcher;
  try {
    watcher = watch(folder, { recursive: true }, nudge);
  } catch {
    // Recursive watching is missing on some systems; the step's files sit at the top anyway.
    watcher = watch(folder, nudge);
  }
  watcher.on('error', () => {});
  const poll = setInterval(look, pollMs);
  return {
    close(): void {
      watcher.close();
      clearInterval(poll);
      clearTimeout(settling);
    },
  };
}
