import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// Dependencies, the learner's state, and test fixtures that break the rules on purpose.
const skipped = new Set(['node_modules', '.git', '.workbook', 'fixtures']);

/** Every file of the workbook a learner or a maintainer reads, under `folder`. */
export function* workbookFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* workbookFiles(path);
    else yield path;
  }
}
