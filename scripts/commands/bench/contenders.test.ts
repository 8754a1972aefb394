import { describe, expect, test } from 'vitest';
import { chooseContenders } from './contenders.ts';

describe('choosing the servers to measure', () => {
  test('measures every reference server from step 5 to step 10, then node:http', () => {
    const contenders = chooseContenders({ poolSize: 4 });
    expect(contenders.map(({ name, role }) => `${name}: ${role}`)).toEqual([
      'step 5: one thread',
      'step 7: pool',
      'step 8: final',
      'step 9: keep-alive',
      'step 10: production pool',
      'node:http: baseline',
    ]);
    expect(contenders.map((contender) => contender.threads)).toEqual([1, 4, 4, 4, 4, 1]);
  });

  test("puts a learner's folder first, with a pool only from the step that has one", () => {
    const [pooled] = chooseContenders({ poolSize: 3, target: 'steps/09-keep-alive' });
    expect(pooled).toMatchObject({ name: 'steps/09-keep-alive', role: 'yours', threads: 3 });
    const [single] = chooseContenders({ poolSize: 3, target: 'steps/05-slow-route' });
    expect(single).toMatchObject({ name: 'steps/05-slow-route', role: 'yours', threads: 1 });
  });
});
