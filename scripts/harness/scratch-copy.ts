import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stateFolder } from '../shared/workbook/paths.ts';
import type { Target } from './target.ts';

// Inside the workbook, so that the copy resolves tsx (for worker threads) as the original does.
const parent = join(stateFolder, 'checks');

/**
 * A copy of the learner's files in a folder of the checks' own, for a check that must change
 * something around the learner's code (a file that fails on purpose, say) without touching it.
 */
export function scratchCopy(target: Target): { folder: string; remove: () => void } {
  mkdirSync(parent, { recursive: true });
  const folder = mkdtempSync(join(parent, 'copy-'));
  for (const file of target.files) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    copyFileSync(join(target.folder, file), join(folder, file));
  }
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
