import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stateFolder } from '../shared/workbook/paths.ts';
import type { Target } from './target.ts';

// Inside the workbook, so that the copy resolves tsx (for worker threads) as the original does.
const parent = join(stateFolder, 'checks');

/**
 * A copy of the learner's folder in a folder of the checks' own, for a check that must change
 * something around the learner's code (a file that fails on purpose, say) without touching it.
 * The whole folder, not only the step's files: an earlier step's check, run on a later step's
 * files, needs the modules that the later step added.
 */
export function scratchCopy(target: Target): { folder: string; remove: () => void } {
  mkdirSync(parent, { recursive: true });
  const folder = mkdtempSync(join(parent, 'copy-'));
  cpSync(target.folder, folder, {
    recursive: true,
    filter: (path) => basename(path) !== 'node_modules' && !path.endsWith('.test.ts'),
  });
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
