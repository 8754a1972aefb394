import chalk from 'chalk';
import { structuredPatch } from 'diff';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { m } from './messages.ts';

export interface Side {
  folder: string;
  /** What this side is, in the legend: "your files", "the reference solution of step 4". */
  label: string;
}

const read = (folder: string, file: string) => {
  const path = join(folder, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
};

/** Line-by-line differences of each file between two folders, as a coloured unified diff. */
export function formatDiff(before: Side, after: Side, files: readonly string[]): string {
  const legend = `${chalk.red(`- ${before.label}`)}\n${chalk.green(`+ ${after.label}`)}`;
  const sections = files.map((file) => {
    const old = read(before.folder, file);
    const now = read(after.folder, file);
    const title = chalk.bold(file);
    if (old === now) return `${title}  ${chalk.dim(m.same)}`;
    const note = old === undefined ? m.onlyAfter : now === undefined ? m.onlyBefore : '';
    const patch = structuredPatch(file, file, old ?? '', now ?? '', '', '', { context: 3 });
    const hunks = patch.hunks.map((hunk) =>
      [
        chalk.cyan(`@@ ${m.lines(hunk.oldStart, hunk.newStart)} @@`),
        ...hunk.lines.map((line) =>
          line.startsWith('+')
            ? chalk.green(line)
            : line.startsWith('-')
              ? chalk.red(line)
              : chalk.dim(line),
        ),
      ].join('\n'),
    );
    return [`${title}${note ? `  ${chalk.dim(note)}` : ''}`, ...hunks].join('\n');
  });
  return [legend, ...sections].join('\n\n');
}
