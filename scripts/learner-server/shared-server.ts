/** What sharing needs of a server: whether it still runs, and how to stop it. */
export interface Stoppable {
  readonly isRunning: boolean;
  stop(): Promise<void>;
}

/**
 * One server for all the checks of a file. Checks that ask at the same time share one start; a
 * check that finds it stopped (a crash, say) gets a fresh one. A server that could not start once
 * will not start for the next check either: that check is told at once instead of waiting out
 * the start-up limit again.
 */
export function sharedServer<Server extends Stoppable>(start: () => Promise<Server>) {
  let current: Promise<Server> | undefined;
  return {
    async get(): Promise<Server> {
      const started = current;
      const server = await started;
      if (server?.isRunning) return server;
      // Another check may have started the next one while this one waited.
      if (current === started) current = start();
      return current!;
    },
    async stop(): Promise<void> {
      await (await current?.catch(() => undefined))?.stop();
    },
  };
}
