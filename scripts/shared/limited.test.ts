import { describe, expect, test } from 'vitest';
import { startLimited } from './limited.ts';

/** A task that records when it starts and ends, and ends when `finish` is called. */
function recorded(log: string[], name: string) {
  let finish = () => {};
  const task = () => {
    log.push(`start ${name}`);
    return new Promise<string>(
      (resolve) => (finish = () => (log.push(`end ${name}`), resolve(name))),
    );
  };
  return { task, finish: () => finish() };
}

describe('starting tasks a few at a time', () => {
  test('starts the next task only when one of those running ends, in order', async () => {
    const log: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((name) => recorded(log, name));
    const results = startLimited([a!.task, b!.task, c!.task], 2);
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['start a', 'start b']);
    b!.finish();
    expect(await results[1]).toBe('b');
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    a!.finish();
    c!.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
  });

  test('goes on with the others when a task fails, and hands its failure to its caller', async () => {
    const failing = () => Promise.reject(new Error('broken'));
    const [failed, next] = startLimited([failing, async () => 'next'], 1);
    await expect(failed).rejects.toThrow('broken');
    expect(await next).toBe('next');
  });
});
