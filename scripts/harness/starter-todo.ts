import { m } from './messages.ts';

/**
 * Finds a starter's `TODO(step N): …` error in a program's output and says where it was thrown:
 * an unfinished starter explains every symptom it causes better than the symptom does.
 */
export function starterTodo(output: string): { message: string; hint: string } | undefined {
  const todo = /TODO\(step \d+\)[^\n'"`]*/.exec(output);
  if (!todo) return undefined;
  const where = /([\w.-]+\.ts):(\d+)/.exec(output.slice(todo.index));
  const text = todo[0].trim();
  return {
    message: where ? m.todoAt(text, where[1]!, where[2]!) : m.todo(text),
    hint: m.todoHint,
  };
}
