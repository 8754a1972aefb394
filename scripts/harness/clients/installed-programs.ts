import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The full path of the first of `names` that is installed: a name on PATH, or a full path. */
export function findProgram(names: readonly string[]): string | undefined {
  const folders = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const extensions = process.platform === 'win32' ? ['.exe', '.cmd'] : [''];
  for (const name of names) {
    const candidates = isAbsolute(name)
      ? [name]
      : folders.flatMap((folder) => extensions.map((extension) => join(folder, name + extension)));
    const found = candidates.find(isExecutable);
    if (found) return found;
  }
  return undefined;
}

/** Continuous integration, which must run every check: `CI` is set there, and not to false. */
export const inCI = !['', '0', 'false'].includes((process.env.CI ?? '').trim().toLowerCase());

/**
 * Whether a check that needs an installed program runs here. On a learner's machine it runs when
 * the program is installed, and another check leaves a note saying how to install it otherwise;
 * in CI it always runs, so that a missing program fails loudly instead of passing unseen.
 */
export function runsHere(program: string | undefined): boolean {
  return program !== undefined || inCI;
}
