import { afterEach, expect, test, vi } from 'vitest';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;

/** The heap limit V8 gives a student's server, as the server itself reports it. */
async function heapLimitOfServer(): Promise<number> {
  vi.resetModules();
  const { startServer } = await import('../../harness/server-process.ts');
  const server = await startServer({ folder: fixtures, entry: 'reports-heap-limit.ts' });
  const said = /heap limit: (\d+) MB/;
  await server.waitFor(() => said.test(server.output()));
  await server.stop();
  return Number(said.exec(server.output())?.[1]);
}

afterEach(() => vi.unstubAllEnvs());

test('caps the heap of a student server when grading asks for it', async () => {
  vi.stubEnv('WORKBOOK_SERVER_MAX_OLD_SPACE_MB', '64');
  // V8 adds the young generation's room to the old space's 64 MB.
  expect(await heapLimitOfServer()).toBeLessThan(200);
});

test("leaves a learner's server at V8's own heap limit otherwise", async () => {
  vi.stubEnv('WORKBOOK_SERVER_MAX_OLD_SPACE_MB', '');
  expect(await heapLimitOfServer()).toBeGreaterThan(200);
});
