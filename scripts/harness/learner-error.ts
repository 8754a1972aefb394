import { starterTodo } from './starter-todo.ts';

/**
 * A failed check, told to the learner: what went wrong, what was expected, what arrived, and what
 * to look at next. The runner's report shows these fields; vitest shows the message alone.
 */
export interface Failure {
  /** `todo`: the starter's placeholder still runs; `failure`: the learner's code misbehaved. */
  kind: 'todo' | 'failure';
  message: string;
  expected?: string;
  received?: string;
  /** Expected and received are values written out (JSON, say), not bytes that crossed the wire. */
  plainText?: boolean;
  hint?: string;
  /** The tail of the server's own output, when it explains the failure. */
  output?: string;
}

export class LearnerError extends Error implements Failure {
  kind: Failure['kind'];
  expected?: string;
  received?: string;
  plainText?: boolean;
  hint?: string;
  output?: string;

  constructor(failure: Omit<Failure, 'kind'> & { kind?: Failure['kind'] }) {
    // A server that printed a starter's TODO error failed because of it, whatever the symptom.
    const todo = starterTodo(failure.output ?? '');
    const told = todo ? { kind: 'todo' as const, ...todo, output: failure.output } : failure;
    super(told.message);
    this.name = 'LearnerError';
    this.kind = told.kind ?? 'failure';
    Object.assign(this, withoutUndefined(told));
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** Throws a LearnerError unless `condition` holds; the failure is built only when needed. */
export function check(
  condition: unknown,
  failure: () => ConstructorParameters<typeof LearnerError>[0],
): asserts condition {
  if (!condition) throw new LearnerError(failure());
}
