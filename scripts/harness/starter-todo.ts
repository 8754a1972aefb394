import { basename, isAbsolute, relative } from 'node:path';
import { root } from '../shared/workbook/paths.ts';
import { m } from './messages.ts';
import { starterTextIn } from './starter-texts.ts';

/** A file as the learner knows it: its path in the workbook, or just its name elsewhere. */
function shown(file: string): string {
  const inWorkbook = isAbsolute(file) ? relative(root, file) : file;
  return inWorkbook.startsWith('..') ? basename(file) : inWorkbook;
}

/**
 * Finds a starter's `TODO(step N): …` error in a program's output or an error's stack, and says
 * where it was thrown: an unfinished starter explains every symptom it causes better than the
 * symptom does.
 */
export function starterTodo(output: string): { message: string; hint: string } | undefined {
  const todo = /TODO\(step \d+\)[^\n'"`]*/.exec(output);
  if (!todo) return undefined;
  const where = /(?:file:\/\/)?((?:[A-Za-z]:)?[^\s():]*\.ts):(\d+)/.exec(output.slice(todo.index));
  const text = starterTextIn(todo[0].trim());
  return {
    message: where ? m.todoAt(text, shown(where[1]!), where[2]!) : m.todo(text),
    hint: m.todoHint,
  };
}
