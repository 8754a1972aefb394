import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateFolder } from '../../shared/workbook/paths.ts';

// Inside the workbook, so that the copy resolves tsx (for worker threads) as the solution does.
const parent = join(stateFolder, 'mistakes');

/** One small change to a reference file: `from` must occur in it exactly once. */
export interface Edit {
  file: string;
  from: string;
  to: string;
}

/**
 * A copy of a reference solution with a learner's plausible mistake made in it, in a folder of its
 * own; `remove()` deletes it. An edit that no longer matches fails loudly, so a mistake cannot
 * quietly turn into the solution itself.
 */
export function mutant(solutionFolder: string, edits: readonly Edit[]) {
  mkdirSync(parent, { recursive: true });
  const folder = mkdtempSync(join(parent, 'mistake-'));
  cpSync(solutionFolder, folder, { recursive: true });
  for (const { file, from, to } of edits) {
    const path = join(folder, file);
    const text = readFileSync(path, 'utf8');
    const found = text.split(from).length - 1;
    if (found !== 1)
      throw new Error(`${file}: expected the text once, found it ${found} times:\n${from}`);
    writeFileSync(
      path,
      text.replace(from, () => to),
    );
  }
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
