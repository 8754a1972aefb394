import { describe, expect, test } from 'vitest';
import { listSteps } from '../shared/workbook/steps.ts';
import { unexplainedChanges } from './chain.ts';

const steps = listSteps();
const pairs = steps.slice(1).map((step, index) => ({ previous: steps[index]!, step }));

describe('the chain of steps', () => {
  test.each(pairs)(
    "step $step.slug's starter is step $previous.slug's solution plus new TODOs",
    ({ previous, step }) => {
      expect(unexplainedChanges(previous, step)).toEqual([]);
    },
  );
});
