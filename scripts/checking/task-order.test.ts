import { expect, test } from 'vitest';
import { m } from '../../steps/06-thread-pool/messages.ts';
import { findStep } from '../shared/workbook/steps.ts';
import { inTaskOrder, taskOrder } from './task-order.ts';

const outcome = (name: string) => ({ name, state: 'fail' as const, durationMs: 0 });

test("failing checks are told in the order of the step's tasks, whichever finished first", async () => {
  const order = await taskOrder(findStep('06-thread-pool')!);
  const finished = [
    m.printsWhichWorkerTookRequest.name,
    'a check the messages do not name',
    m.refusesBadSizes.name,
    m.takesWaitingJobsInOrder.name,
  ];
  const told = inTaskOrder(finished.map(outcome), order).map((test) => test.name);
  expect(told).toEqual([
    m.refusesBadSizes.name,
    m.takesWaitingJobsInOrder.name,
    m.printsWhichWorkerTookRequest.name,
    finished[1],
  ]);
});
