import { folderFiles } from './folder-files.ts';

/** What the course puts in a step's folder besides the learner's files. */
const isCourseFile = (name: string) =>
  /^README(\.[a-z]+)?\.md$|^messages\.ts$|\.test\.ts$/.test(name);

/**
 * Files a learner added to a step folder on their own, such as a module they split out: neither
 * one of the step's `learnerFiles` nor the course's, and no hidden or scratch file.
 */
export function ownFilesIn(folder: string, learnerFiles: readonly string[]): string[] {
  const known = new Set(learnerFiles);
  return folderFiles(folder)
    .filter((name) => !known.has(name) && !isCourseFile(name))
    .filter((name) => !name.split(/[\\/]/).some((part) => part.startsWith('.')))
    .sort();
}
