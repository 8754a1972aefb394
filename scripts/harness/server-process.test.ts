import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { claimsAddress, keepSpareServers } from '../learner-server/spare-servers.mjs';
import { LearnerError } from './learner-error.ts';
import { m } from './messages.ts';
import { startServer } from './server-process.ts';
import { Connection, exchange } from './clients/tcp-client.ts';

const fixtures = fileURLToPath(new URL('../learner-server/fixtures/', import.meta.url));
const start = (entry: string, readyTimeoutMs = 8000) =>
  startServer({ folder: fixtures, entry, readyTimeoutMs });

async function failureOf(promise: Promise<unknown>): Promise<LearnerError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(LearnerError);
  return error as LearnerError;
}

/** Watch mode's way: the servers are spares, started ahead of time and claimed. */
function withSpares() {
  const folder = mkdtempSync(join(tmpdir(), 'workbook-spares-'));
  let spares: Awaited<ReturnType<typeof keepSpareServers>> | undefined;
  beforeAll(async () => {
    process.env.WORKBOOK_SPARES = claimsAddress(folder);
    spares = await keepSpareServers(process.env.WORKBOOK_SPARES);
    spares.refill();
  });
  afterAll(() => {
    delete process.env.WORKBOOK_SPARES;
    spares?.close();
    rmSync(folder, { recursive: true, force: true });
  });
}

describe.each([
  ['started afresh', () => {}],
  ['claimed from the spares kept by watch mode', withSpares],
])('the server harness, with servers %s', (_way, setUp) => {
  setUp();

  test('reports a server that never listens, naming the address it waited for', async () => {
    const failure = await failureOf(start('never-listens.ts', 1500));
    expect(failure.kind).toBe('failure');
    expect(failure.message).toMatch(/did not start listening on 127\.0\.0\.1:\d+ within 1\.5 s/);
  });

  test('reports a server that crashes at start, with its exit code and last output', async () => {
    const failure = await failureOf(start('crashes-at-start.ts'));
    expect(failure.message).toContain('exited with code 1 before it started listening');
    expect(failure.output).toContain('no-such-file.html');
  });

  test('says that a program which ends quietly, without listening, ran out of work', async () => {
    const failure = await failureOf(start('ends-quietly.ts'));
    expect(failure.message).toContain('exited with code 0 before it started listening');
    expect(failure.hint).toBe(m.endedQuietlyHint);
  });

  test("names a starter's TODO and the file and line that threw it", async () => {
    const failure = await failureOf(start('unfinished-starter.ts'));
    expect(failure.kind).toBe('todo');
    expect(failure.message).toContain(
      'in scripts/learner-server/fixtures/unfinished-starter.ts, line 2',
    );
    expect(failure.message).toContain('TODO(step 9): make the server listen');
  });

  test('reports a server that listens on another port than the one it was given', async () => {
    const failure = await failureOf(start('wrong-port.ts'));
    expect(failure.message).toMatch(
      /listened on 127\.0\.0\.1:\d+, but this check gave it PORT=\d+/,
    );
  });

  test('kills a server that ignores SIGTERM and frees its port', async () => {
    const server = await start('ignores-sigterm.ts');
    server.signal('SIGTERM');
    expect(await server.waitFor(() => server.output().includes('not stopping'))).toBe(true);
    expect(server.isRunning).toBe(true);
    await server.stop();
    expect(server.isRunning).toBe(false);
    await expect(Connection.open(server)).rejects.toThrow(/refused/);
  });

  test('stops a server that floods its output, keeping only the last part in memory', async () => {
    const server = await start('floods-stdout.ts');
    await server.exited;
    expect(server.describeState()).toBe('was stopped after printing more than 16 MB');
    expect(server.output().length).toBeLessThanOrEqual(1 << 20);
  });

  test('gives up on a reply that never ends, saying the connection stayed open', async () => {
    const server = await start('hangs-after-reading.ts');
    const reply = await exchange(server, 'GET / HTTP/1.1\r\n\r\n', { timeoutMs: 300 });
    expect(reply).toMatchObject({ text: '', ended: 'timeout' });
  });
});
