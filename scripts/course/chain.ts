import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { structuredPatch } from 'diff';
import { learnerFiles, type Step } from '../shared/workbook/steps.ts';

const isImport = (line: string) => /^\s*(import\s|\}\s*from\s|export\s.*\sfrom\s)/.test(line);

/**
 * Where step N+1's starter differs from step N's solution without asking for work: every change
 * must sit in a hunk that carries a `TODO(step N+1)` or only touches imports, and every new file
 * must carry that TODO or be given complete (identical to the solution's copy).
 */
export function unexplainedChanges(previous: Step, step: Step): string[] {
  const todo = `TODO(step ${step.number})`;
  const read = (folder: string, file: string) => readFileSync(join(folder, file), 'utf8');
  return learnerFiles(step).flatMap((file) => {
    const starter = read(step.folder, file);
    if (!existsSync(join(previous.solutionFolder, file))) {
      const given = starter === read(step.solutionFolder, file);
      return starter.includes(todo) || given ? [] : [`${file}: new file without ${todo}`];
    }
    const patch = structuredPatch(file, file, read(previous.solutionFolder, file), starter);
    return patch.hunks
      .filter((hunk) => {
        const changed = hunk.lines.filter((line) => line.startsWith('+') || line.startsWith('-'));
        return (
          !hunk.lines.some((line) => line.includes(todo)) &&
          !changed.every((line) => isImport(line.slice(1)))
        );
      })
      .map((hunk) => `${file}:${hunk.newStart}: change without ${todo}\n${hunk.lines.join('\n')}`);
  });
}
