import { describe, expect, test } from 'vitest';
import { sharedServer } from './shared-server.ts';

/** A stand-in for a learner's server, counting how often one was started. */
function fakeServers(failWith?: Error) {
  const started: { isRunning: boolean; stop: () => Promise<void> }[] = [];
  const start = async () => {
    if (failWith) {
      started.push({ isRunning: false, stop: async () => {} });
      throw failWith;
    }
    const server = {
      isRunning: true,
      stop: async () => {
        server.isRunning = false;
      },
    };
    started.push(server);
    return server;
  };
  return { started, shared: sharedServer(start) };
}

describe("a file's shared server", () => {
  test('is started once for checks that ask for it at the same time', async () => {
    const { started, shared } = fakeServers();
    const [first, second, third] = await Promise.all([shared.get(), shared.get(), shared.get()]);
    expect(started).toHaveLength(1);
    expect(second).toBe(first);
    expect(third).toBe(first);
  });

  test('is started afresh, once, for the checks that find it stopped', async () => {
    const { started, shared } = fakeServers();
    const crashed = await shared.get();
    crashed.isRunning = false;
    const [again, alsoAgain] = await Promise.all([shared.get(), shared.get()]);
    expect(started).toHaveLength(2);
    expect(again).not.toBe(crashed);
    expect(alsoAgain).toBe(again);
  });

  test('that could not start is reported to every later check without starting again', async () => {
    const failure = new Error('never listened');
    const { started, shared } = fakeServers(failure);
    await expect(shared.get()).rejects.toBe(failure);
    await expect(shared.get()).rejects.toBe(failure);
    expect(started).toHaveLength(1);
  });

  test('is stopped with the file, and a start that failed leaves nothing to stop', async () => {
    const { shared } = fakeServers();
    const server = await shared.get();
    await shared.stop();
    expect(server.isRunning).toBe(false);
    const failed = fakeServers(new Error('crashed')).shared;
    await expect(failed.get()).rejects.toThrow('crashed');
    await expect(failed.stop()).resolves.toBeUndefined();
  });
});
