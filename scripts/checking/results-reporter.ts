import { writeSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { starterTextIn } from '../harness/starter-texts.ts';
import { starterTodo } from '../harness/starter-todo.ts';
import { root } from '../shared/workbook/paths.ts';
import type { ReportedError, RunEvent } from './events.ts';
import { m } from './messages.ts';

const fd = Number(process.env.WORKBOOK_EVENTS_FD);

function emit(event: RunEvent): void {
  if (Number.isInteger(fd) && fd > 2) writeSync(fd, `${JSON.stringify(event)}\n`);
}

/** A check's error as the step command shows it. */
export function reported(error: unknown): ReportedError {
  const fields = error as Record<string, unknown>;
  const text = (key: string) =>
    typeof fields[key] === 'string' ? (fields[key] as string) : undefined;
  // vitest's own words for a check that ran out of time, said to the learner in their language.
  const timeout = /^Test timed out in (\d+)ms/.exec(text('message') ?? '');
  if (timeout) return m.timedOut(Number(timeout[1]) / 1000);
  // What the learner's starter printed or threw reads in the learner's language, as the rest does.
  const learners = (key: string) => {
    const value = text(key);
    return value === undefined ? undefined : starterTextIn(value);
  };
  const kind = fields.kind === 'todo' || fields.kind === 'failure' ? fields.kind : undefined;
  // A starter's stub, called directly by a check, throws a plain Error naming its TODO.
  const todo = kind ? undefined : starterTodo(`${text('message')}\n${text('stack')}`);
  return {
    name: text('name'),
    message: todo?.message ?? starterTextIn(text('message') ?? String(error)),
    kind: todo ? 'todo' : kind,
    expected: text('expected'),
    received: learners('received'),
    plainText: fields.plainText === true || undefined,
    hint: todo?.hint ?? text('hint'),
    output: learners('output'),
    stack: text('stack'),
  };
}

/** A test file, relative to the workbook: it tells whose step and which check file it is. */
const relativeFile = (module: TestModule) => relative(root, module.moduleId);
const checkFile = (test: TestCase) => relativeFile(test.module);

/** Streams each test's start and result to the runner, which turns them into a learner's report. */
export default class ResultsReporter implements Reporter {
  // vitest sends a check's start at most every 100 ms, and a check that blocks its thread at once
  // (an endless loop) never sends it: the file's list of checks tells which one that is.
  onTestModuleStart(module: TestModule): void {
    const checks = [...module.children.allTests()].map(({ id, name }) => ({ id, name }));
    emit({ type: 'file-start', file: relativeFile(module), checks });
  }

  onTestCaseReady(test: TestCase): void {
    emit({ type: 'test-start', id: test.id, name: test.name, file: checkFile(test) });
  }

  onTestCaseResult(test: TestCase): void {
    const result = test.result();
    const state = result.state === 'passed' ? 'pass' : result.state === 'failed' ? 'fail' : 'skip';
    const error = result.errors?.[0];
    const notes = test.annotations().map((annotation) => annotation.message);
    emit({
      type: 'test-end',
      id: test.id,
      name: test.name,
      file: checkFile(test),
      state,
      durationMs: test.diagnostic()?.duration ?? 0,
      ...(error ? { error: reported(error) } : {}),
      ...(notes.length > 0 ? { notes } : {}),
    });
  }

  onTestModuleEnd(module: TestModule): void {
    for (const error of module.errors()) {
      emit({ type: 'load-error', file: module.moduleId, error: reported(error) });
    }
    emit({ type: 'file-end', file: relativeFile(module) });
  }

  onTestRunEnd(): void {
    emit({ type: 'run-end' });
  }
}
