import chalk from 'chalk';
import type { Token } from 'markdown-it';
import { isPlain } from '../terminal/no-color.ts';
import { inlineWords } from './words.ts';
import { visibleLength, wrapWords } from './wrap.ts';

/** A table as aligned columns when it fits the width, else one block of "header: cell" per row. */
export function renderTable(tokens: readonly Token[], width: number): string {
  const rows: string[][] = [];
  for (const token of tokens) {
    if (token.type === 'tr_open') rows.push([]);
    if (token.type === 'inline') rows.at(-1)!.push(inlineWords(token.children ?? []).join(' '));
  }
  const [header = [], ...body] = rows;
  const columns = header.map((_, column) =>
    Math.max(...rows.map((row) => visibleLength(row[column] ?? ''))),
  );
  const separator = isPlain() ? ' | ' : chalk.dim(' │ ');
  const tableWidth = columns.reduce((sum, column) => sum + column, 0) + 3 * (columns.length - 1);
  if (tableWidth <= width) {
    const line = (row: string[]) =>
      row.map((cell, column) => cell + ' '.repeat(columns[column]! - visibleLength(cell)));
    const rule = chalk.dim(
      columns.map((column) => '-'.repeat(column)).join(isPlain() ? '-|-' : '─┼─'),
    );
    return [
      line(header)
        .map((cell) => chalk.bold(cell))
        .join(separator),
      rule,
    ]
      .concat(body.map((row) => line(row).join(separator).trimEnd()))
      .join('\n');
  }
  return body
    .map((row) =>
      row
        .map((cell, column) =>
          wrapWords([chalk.bold(`${header[column]}:`), ...cell.split(' ')], width, '  ', '    '),
        )
        .join('\n'),
    )
    .join('\n\n');
}
