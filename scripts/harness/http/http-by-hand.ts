import { check } from '../learner-error.ts';
import { findForbiddenImports } from '../forbidden-imports.ts';
import { m } from '../messages.ts';

/** Fails when the learner's files import Node's HTTP modules or a web framework. */
export function expectHttpByHand(folder: string, files: readonly string[]): void {
  const found = findForbiddenImports(folder, files);
  check(found.length === 0, () => ({
    message: m.forbiddenImport(found.map(({ file, module }) => `${file}: ${module}`).join(', ')),
    hint: m.forbiddenImportHint,
  }));
}
