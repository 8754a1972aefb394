import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startServer } from './server-process.ts';
import { claimsAddress, keepSpareServers } from '../learner-server/spare-servers.mjs';

const fixtures = fileURLToPath(new URL('../learner-server/fixtures/', import.meta.url));
let folder: string;
let address: string;
let spares: Awaited<ReturnType<typeof keepSpareServers>>;

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'workbook-spares-'));
  address = claimsAddress(folder);
  // The spares start with this in their environment; the servers they become must not see it.
  process.env.WORKBOOK_LEFTOVER = 'from the runner';
  spares = await keepSpareServers(address);
  delete process.env.WORKBOOK_LEFTOVER;
  process.env.WORKBOOK_SPARES = address;
});

afterEach(async () => {
  delete process.env.WORKBOOK_SPARES;
  spares.close();
  rmSync(folder, { recursive: true, force: true });
  // The next test counts the spares it finds: this one's must be gone, not merely told to go.
  await vi.waitFor(() => expect(sparesOfThisTest()).toHaveLength(0), { timeout: 5000 });
});

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The pid and command line of each process this test file started. */
const processesOfThisTest = () =>
  execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => Number(line.trim().split(/\s+/)[1]) === process.pid);

const sparesOfThisTest = () =>
  processesOfThisTest().filter((line) => line.includes('spare-server.mjs'));

/** Claims a spare by hand, as a check's worker thread does, and returns its pid and socket. */
async function claimByHand(entry: string) {
  const socket = connect(address);
  const request = { entry: join(fixtures, entry), cwd: fixtures, env: { PORT: '0' } };
  socket.write(`${JSON.stringify(request)}\n`);
  for await (const line of createInterface({ input: socket })) {
    const message = JSON.parse(line) as { pid?: number };
    if (message.pid) return { pid: message.pid, socket };
  }
  throw new Error('the keeper closed the claim without naming a process');
}

describe('spare servers for watch mode', () => {
  test('run the claimed server in its folder, with its own entry and environment', async () => {
    spares.refill();
    const elsewhere = mkdtempSync(join(tmpdir(), 'workbook-elsewhere-'));
    try {
      const server = await startServer({
        folder: fixtures,
        entry: 'tells-where.ts',
        cwd: elsewhere,
        env: { GREETING: 'hello' },
      });
      await server.waitFor(() => server.output().includes('leftover'));
      await server.stop();
      expect(server.output()).toContain(`folder: ${realpathSync(elsewhere)}`);
      expect(server.output()).toContain(`entry: ${join(fixtures, 'tells-where.ts')}`);
      expect(server.output()).toContain('greeting: hello');
      expect(server.output()).toContain('leftover: undefined');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test('keep as many ready as the last run claimed, and serve every claim beyond them', async () => {
    spares.refill();
    expect(spares.waiting).toBe(1);
    const servers = await Promise.all(
      [1, 2, 3].map(() => startServer({ folder: fixtures, entry: 'ignores-sigterm.ts' })),
    );
    expect(servers.every((server) => server.isRunning)).toBe(true);
    expect(new Set(servers.map((server) => server.pid)).size).toBe(3);
    await Promise.all(servers.map((server) => server.stop()));
    spares.refill();
    expect(spares.waiting).toBe(3);
  });

  test('pass over a spare that died while it waited', async () => {
    spares.refill();
    const waiting = sparesOfThisTest();
    expect(waiting).toHaveLength(1);
    process.kill(Number(waiting[0]!.trim().split(' ')[0]), 'SIGKILL');
    await vi.waitFor(() => expect(spares.waiting).toBe(0));
    const server = await startServer({ folder: fixtures, entry: 'ignores-sigterm.ts' });
    expect(server.isRunning).toBe(true);
    await server.stop();
  });

  test('end a claimed server when the check that claimed it goes away', async () => {
    const { pid, socket } = await claimByHand('ignores-sigterm.ts');
    expect(isAlive(pid)).toBe(true);
    socket.destroy();
    await vi.waitFor(() => expect(isAlive(pid)).toBe(false), { timeout: 5000 });
  });

  test('end every server they started when they close', async () => {
    const { pid } = await claimByHand('ignores-sigterm.ts');
    spares.close();
    await vi.waitFor(() => expect(isAlive(pid)).toBe(false), { timeout: 5000 });
  });
});
