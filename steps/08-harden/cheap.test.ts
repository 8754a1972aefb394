import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { dribble } from '../../scripts/harness/clients/hostile-clients.ts';
import { expectPage } from '../../scripts/harness/http/page-check.ts';
import { check } from '../../scripts/harness/learner-error.ts';
import { scratchCopy } from '../../scripts/harness/scratch-copy.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { jobLineIds } from '../../scripts/harness/thread-pool/worker-lines.ts';
import { closingRequest, sendGet, type TimedReply } from '../../scripts/harness/timing.ts';
import { exchange } from '../../scripts/harness/clients/tcp-client.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
// The first request after start-up waits for the pool's thread, which a busy machine starts slowly.
const patienceMs = 12_000;
// Five times what a closed connection needs to be seen as closed, even on a busy machine.
const keptOpenMs = 5000;

describe('step 8: cheap under load', { timeout: 28_000 }, () => {
  test(m.printsNothingForServedRequests.name, async ({ launch, target }) => {
    const t = m.printsNothingForServedRequests;
    // One thread: its lines come in the order of its jobs, so the /sleep's line comes last.
    const server = await launch({ env: { POOL_SIZE: '1', SLEEP_MS: '50' } });
    const jobs = () => jobLineIds(server.output()).length;
    const serve = async (path: string) => {
      await expectPage(
        server,
        target.folder,
        await (
          await sendGet(server, path, patienceMs)
        ).reply,
      );
    };
    await serve('/sleep');
    await server.waitFor(() => jobs() > 0, 2000);
    const before = server.output().length;
    const jobsBefore = jobs();
    // A page that is not there is no slow work either: its 404 is built on the main thread too.
    for (const path of ['/', '/', '/sleep']) {
      if (path === '/sleep') await (await sendGet(server, '/missing', patienceMs)).reply;
      await serve(path);
    }
    // A line printed on the main thread for a request reaches the output before the job's line.
    await server.waitFor(() => jobs() > jobsBefore, 2000);
    const lines = server
      .output()
      .slice(before)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const jobLines = jobLineIds(lines.join('\n')).length;
    const other = lines.find((line) => jobLineIds(line).length === 0);
    check(other === undefined, () => ({ message: t.printed(other!), hint: t.printedHint }));
    check(jobLines <= 1, () => ({ message: t.rootOnPool(jobLines), hint: t.rootOnPoolHint }));
    // A refused request is the exception: it still prints why.
    const beforeRefusal = server.output().length;
    await exchange(server, 'HELLO\r\n\r\n', { timeoutMs: patienceMs });
    const explained = () => server.output().slice(beforeRefusal).trim() !== '';
    check(await server.waitFor(explained, 3000), () => ({
      message: t.refusedSilently,
      hint: t.refusedSilentlyHint,
    }));
  });

  test(m.closesBothSidesAfterAnswer.name, async ({ server }) => {
    const t = m.closesBothSidesAfterAnswer;
    // A request, then a byte every 100 ms: a closed connection answers those bytes with a reset.
    const reply = await dribble(server, 100, keptOpenMs, closingRequest(server, '/'));
    check(reply.ended !== 'timeout', () => ({
      message: t.open(keptOpenMs / 1000),
      hint: t.openHint,
      output: server.outputTail(),
    }));
    check(!reply.stillReading, () => ({ message: t.halfClosed, hint: t.halfClosedHint }));
  });

  test(m.sendsLargePageWhole.name, async ({ launch, target }) => {
    const t = m.sendsLargePageWhole;
    // A page far larger than the socket's buffers: most of it is still on its way when end() returns.
    const page = Buffer.from(
      `<!DOCTYPE html>\n<h1>Hello!</h1>\n${'<p>Hello again.</p>\n'.repeat(1_600_000)}`,
    );
    const copy = scratchCopy(target);
    try {
      writeFileSync(join(copy.folder, 'hello.html'), page);
      const server = await launch({ folder: copy.folder, env: { POOL_SIZE: '1' } });
      const reply = await exchange(server, closingRequest(server, '/'), { timeoutMs: patienceMs });
      const body = reply.bytes.length - (reply.bytes.indexOf('\r\n\r\n') + 4);
      check(body >= page.length, () => ({
        message: t.cut(body, page.length),
        hint: t.hint,
        output: server.outputTail(),
      }));
    } finally {
      copy.remove();
    }
  });

  test(m.readsPagesOnceAtStart.name, async ({ launch, target }) => {
    const t = m.readsPagesOnceAtStart;
    const copy = scratchCopy(target);
    try {
      const server = await launch({ folder: copy.folder, env: { POOL_SIZE: '1' } });
      const get = async (path: string) => (await sendGet(server, path, patienceMs)).reply;
      const expectStatus = (path: string, reply: TimedReply, status: string) => {
        const statusLine = reply.text.split('\r\n')[0]!;
        check(statusLine.split(' ')[1] === status, () => ({
          message: statusLine ? t.reread(path, statusLine) : t.closed(path),
          hint: t.hint,
          output: server.outputTail(),
        }));
      };
      // Served once each first: a server that reads a page on its first use, then keeps it, passes.
      await expectPage(server, target.folder, await get('/'));
      expectStatus('/missing', await get('/missing'), '404');
      for (const page of ['hello.html', '404.html']) {
        renameSync(join(copy.folder, page), join(copy.folder, `${page}.moved`));
      }
      const root = await get('/');
      expectStatus('/', root, '200');
      await expectPage(server, target.folder, root);
      expectStatus('/missing', await get('/missing'), '404');
    } finally {
      copy.remove();
    }
  });
});
