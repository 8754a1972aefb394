import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const stepsFolder = join(root, 'steps');
export const solutionsFolder = join(root, 'solutions');
/** Private state of this copy of the workbook (progress, hints seen, backups); git ignores it. */
export const stateFolder = join(root, '.workbook');
