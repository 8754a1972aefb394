import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Editors' swap, backup and temporary files: saving them is not saving the learner's work. */
const isScratch = (name: string) => /^\.|~$|\.(swp|swx|tmp)$|^\d+$/.test(name);

/** The files of a folder, except editors' scratch files, relative to it. */
export function folderFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !isScratch(entry.name))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(/[\\/]/).some((part) => part === 'node_modules'));
}
