import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** One file's reference to another: an import, or a file it starts by address (a worker, say). */
export interface Arrow {
  from: string;
  to: string;
  /** `import`: the module is loaded with the file; `address`: a file named by `new URL(…)`. */
  kind: 'import' | 'address';
}

const importPatterns = [
  /\b(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
];
const addressPattern = /\bnew URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;

/** The files of a folder that hold code, relative to `base`. */
export function codeFiles(folder: string, base: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|mjs|js)$/.test(entry.name))
    .map((entry) => relative(base, join(entry.parentPath, entry.name)));
}

/**
 * The arrows that leave `file` (a path relative to `base`) for other files of the workbook.
 * Packages and Node's own modules are left out: the floor plan is about the workbook's files.
 */
export const arrowsFrom = (file: string, base: string): Arrow[] =>
  arrowsIn(file, readFileSync(join(base, file), 'utf8'));

/** The arrows that leave `file`, read from its `source`. */
export function arrowsIn(file: string, source: string): Arrow[] {
  const found = (pattern: RegExp, kind: Arrow['kind']) =>
    [...source.matchAll(pattern)]
      .map((match) => match[1]!)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({ from: file, to: join(dirname(file), specifier), kind }));
  return [
    ...importPatterns.flatMap((pattern) => found(pattern, 'import')),
    ...found(addressPattern, 'address'),
  ];
}

/** Every loop of imports among `arrows`, each as the files along it, first file repeated last. */
export function importCycles(arrows: readonly Arrow[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to, kind } of arrows) {
    if (kind === 'import') next.set(from, [...(next.get(from) ?? []), to]);
  }
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    path.push(file);
    for (const to of next.get(file) ?? []) {
      const back = path.indexOf(to);
      if (back !== -1) cycles.push([...path.slice(back), to]);
      else if (!done.has(to)) visit(to);
    }
    path.pop();
    done.add(file);
  };
  for (const file of next.keys()) if (!done.has(file)) visit(file);
  return cycles;
}
