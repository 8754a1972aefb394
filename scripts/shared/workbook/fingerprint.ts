import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { learnerFiles, type Step } from './steps.ts';

/**
 * A short digest of a step's learner files, names and bytes, as they are now: two moments with
 * the same digest had the same files, so a pass recorded with it still holds.
 */
export function fingerprint(step: Step, folder = step.folder): string {
  const hash = createHash('sha256');
  for (const name of learnerFiles(step)) {
    const path = join(folder, name);
    hash.update(`${name}\0`);
    hash.update(existsSync(path) ? readFileSync(path) : '\0missing');
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
