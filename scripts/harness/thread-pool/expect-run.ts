import { LearnerError } from '../learner-error.ts';
import { tail } from '../show-bytes.ts';
import { starterTodo } from '../starter-todo.ts';
import { m } from './messages.ts';
import type { ScenarioRun } from './run-scenario.ts';

/**
 * Fails, in words for the learner, unless the scenario played out to its end: an unfinished
 * starter, a module that does not load, a pool that cannot be created or run jobs, a crash, a
 * hang. `waitingFor` names what the check needs settled (the pool's creation, jobs, close()), to
 * say what never was.
 */
export function expectRan(run: ScenarioRun, size: number, waitingFor: readonly string[]): void {
  const todo = run.placeholder() ?? starterTodo(run.output);
  if (todo) throw new LearnerError({ kind: 'todo', ...todo });
  const fail = (message: string, hint: string, output = tail(run.output)) => {
    throw new LearnerError({ message, hint, output });
  };
  const loadError = run.problem('load-failed');
  if (loadError) fail(m.loadFailed(loadError.message), m.loadFailedHint, loadError.stack);
  const crash = run.problem('crashed');
  if (crash) fail(m.crashed(crash.message), m.crashedHint, crash.stack || tail(run.output));
  const create = run.settled('create');
  if (create && !create.ok) fail(m.createFailed(size, create.error.message), m.createFailedHint);
  const warmUp = run.settled('warm-up');
  if (warmUp && !warmUp.ok) fail(m.jobFailed(warmUp.error.message), m.jobFailedHint);
  const waiting = waitingFor.filter((label) => !run.settled(label));
  if (waiting.length === 0) return;
  const { exit } = run;
  if (exit && exit.signal !== 'SIGKILL') {
    const how = exit.signal ? m.killedBySignal(exit.signal) : m.exitedWithCode(exit.code ?? 0);
    fail(m.ended(how), m.endedHint);
  }
  if (run.events.length === 0) fail(m.neverLoaded(run.timeoutMs / 1000), m.neverLoadedHint);
  fail(m.unfinished(run.timeoutMs / 1000, waiting.join(', ')), m.unfinishedHint);
}

/** The values the labelled jobs resolved with; fails if any of them rejected. */
export function expectResolved(run: ScenarioRun, labels: readonly string[]): unknown[] {
  return labels.map((label) => {
    const settled = run.settled(label)!;
    if (!settled.ok) {
      throw new LearnerError({
        message: m.jobFailed(settled.error.message),
        hint: m.jobFailedHint,
        output: settled.error.stack || tail(run.output),
      });
    }
    return settled.value;
  });
}
