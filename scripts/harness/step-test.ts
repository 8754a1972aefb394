import { test as base } from 'vitest';
import { startServer, type ServerProcess, type StartOptions } from './server-process.ts';
import { sharedServer } from '../learner-server/shared-server.ts';
import { underTest, type Target } from './target.ts';

export interface StepFixtures {
  /** The folder and files under test. */
  target: Target;
  /**
   * The learner's server with default settings. Checks in one file share it while it runs, so
   * feedback stays fast; a check that finds it stopped (a crash, say) gets a fresh one.
   */
  server: ServerProcess;
  /** Starts a server for this check alone, with other settings (environment, working folder). */
  launch: (options?: Partial<StartOptions>) => Promise<ServerProcess>;
}

interface FileFixtures {
  shared: { get: () => Promise<ServerProcess> };
}

/**
 * The `test` function for a step's checks, with the learner's server at hand; `settings` apply to
 * every server its checks start (another HOST, say).
 */
export function stepTest(testFileUrl: string, settings: Partial<StartOptions> = {}) {
  const target = underTest(testFileUrl);
  return base.extend<StepFixtures & FileFixtures>({
    target: async ({}, use) => use(target),
    shared: [
      async ({}, use) => {
        const shared = sharedServer(() => startServer({ folder: target.folder, ...settings }));
        await use(shared);
        await shared.stop();
      },
      { scope: 'file' },
    ],
    server: async ({ shared }, use) => use(await shared.get()),
    launch: async ({}, use) => {
      const started: ServerProcess[] = [];
      await use(async (options) => {
        const server = await startServer({ folder: target.folder, ...settings, ...options });
        started.push(server);
        return server;
      });
      await Promise.all(started.map((server) => server.stop()));
    },
  });
}
