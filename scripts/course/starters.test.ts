import { describe, expect, test } from 'vitest';
import { runStep } from '../checking/run-step.ts';
import { listSteps } from '../shared/workbook/steps.ts';

// Each starter runs in a test process of its own, mostly waiting on its checks: side by side.
describe.concurrent('every starter', () => {
  test.each(listSteps())('fails step $slug with its TODO message', async (step) => {
    const run = await runStep({ step, target: step.folder, language: 'en' });
    expect(run.problem, run.problem?.message).toBeUndefined();
    expect(run.status).toBe('fail');
    const todos = run.tests.filter((check) => check.error?.kind === 'todo');
    expect(todos.length, 'checks that fail with the TODO message').toBeGreaterThan(0);
    expect(todos[0]!.error!.message).toContain(`TODO(step ${step.number})`);
  });
});
