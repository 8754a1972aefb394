import { afterAll, describe } from 'vitest';
import { check } from '../../scripts/harness/learner-error.ts';
import { saysClose, splitResponses } from '../../scripts/harness/http/responses.ts';
import { keptOpenConnection, sharedServer } from '../../scripts/harness/kept-open.ts';
import type { ServerProcess } from '../../scripts/harness/server-process.ts';
import { showBytes } from '../../scripts/harness/show-bytes.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { underTest } from '../../scripts/harness/target.ts';
import { Connection } from '../../scripts/harness/clients/tcp-client.ts';
import { floodPipelined } from '../../scripts/harness/clients/hostile-clients.ts';
import { residentBytes } from '../../scripts/harness/memory.ts';
import { getRequest } from '../../scripts/harness/timing.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const { folder } = underTest(import.meta.url);
const headerTimeoutMs = 1500;
// Longer than any wait here: a connection that closes in time was closed by a head's limit.
const keepAliveMs = 30_000;
const env = {
  HEADER_TIMEOUT_MS: String(headerTimeoutMs),
  KEEP_ALIVE_TIMEOUT_MS: String(keepAliveMs),
  POOL_SIZE: '2',
};
// The first request may wait for threads that take seconds to start on a busy machine.
const patienceMs = 12_000;
const mib = 1024 * 1024;
// Long enough for a server that reads all it is sent to take in hundreds of MiB.
const floodMs = 2000;

const shared = sharedServer(folder, env);
const server = () => shared.get();
const closed = {
  message: m.answersSeveralRequestsOnOneConnection.closed(1),
  hint: m.answersSeveralRequestsOnOneConnection.closedHint,
};
/** A connection that has had one answer and is kept open: what comes next is its second head. */
const keptOpen = (s: ServerProcess) => keptOpenConnection(s, closed, patienceMs);

/**
 * Sends `bytes` as the second head of a kept-open connection, and waits for a second response or
 * the close: that response, how long it took, and whether the connection closed.
 */
async function secondHead(s: ServerProcess, bytes: string, timeoutMs: number) {
  const connection = await keptOpen(s);
  const sent = performance.now();
  await connection.write(bytes);
  await connection.waitForReceived((all) => splitResponses(all).length >= 2, timeoutMs);
  const took = Math.round(performance.now() - sent);
  // A refusal is followed by the close, a moment later.
  const reply = await connection.readUntilClose(connection.ended ? 0 : 3000);
  connection.destroy();
  const [, second] = splitResponses(reply.bytes);
  return { reply, second, took };
}

/** curl's request with extra header lines, `size` bytes long in all. */
function headOfSize(s: ServerProcess, size: number): string {
  let head = getRequest(s, '/').slice(0, -2);
  for (let index = 0; head.length + 100 < size; index++) {
    head += `X-Cookie-${index}: ${'x'.repeat(80)}\r\n`;
  }
  return `${head}\r\n`;
}

describe('step 9: every head of a connection', { timeout: 28_000 }, () => {
  afterAll(() => shared.stop());

  test(m.keepsHeadLimitsOnEveryRequest.name, async () => {
    const t = m.keepsHeadLimitsOnEveryRequest;
    const s = await server();
    const big = await secondHead(s, headOfSize(s, 16 * 1024), patienceMs);
    check(big.second === undefined || big.second.status === 431, () => ({
      message: t.tooLong(big.second!.statusLine),
      received: showBytes(big.reply.bytes, 400),
      hint: t.tooLongHint,
    }));
    check(big.reply.ended !== 'timeout', () => ({
      message: t.tooLong('—'),
      hint: t.tooLongHint,
    }));
    // The same 16 KiB without the empty line that would end it: refused for its length at once,
    // not left to the deadline.
    const endless = await secondHead(s, headOfSize(s, 16 * 1024).slice(0, -4), patienceMs);
    check(endless.second === undefined || endless.second.status === 431, () => ({
      message: t.unfinishedTooLong(endless.second!.statusLine),
      received: showBytes(endless.reply.bytes, 400),
      hint: t.tooLongHint,
    }));
    // The first line of a head, and then nothing: only HEADER_TIMEOUT_MS can end it.
    const slow = await secondHead(s, 'GET / HTTP/1.1\r\n', headerTimeoutMs + 6000);
    check(slow.reply.ended !== 'timeout', () => ({
      message: t.slow(slow.took, headerTimeoutMs),
      hint: t.slowHint,
      output: s.outputTail(),
    }));
    // After an answer, a quiet connection waits for KEEP_ALIVE_TIMEOUT_MS (30 s here): the head's
    // deadline only starts with the head's first byte.
    const quiet = await keptOpen(s);
    await quiet.readUntilClose(headerTimeoutMs + 1000);
    const [, early] = splitResponses(quiet.received());
    check(!quiet.ended && early === undefined, () => ({
      message: t.quietCut(early?.statusLine ?? '—', headerTimeoutMs),
      hint: t.slowHint,
    }));
    quiet.destroy();
    // A new connection's first head has HEADER_TIMEOUT_MS too, even if no byte of it ever comes.
    const silent = await Connection.open(s);
    const opened = performance.now();
    const silence = await silent.readUntilClose(headerTimeoutMs + 6000);
    silent.destroy();
    check(silence.ended !== 'timeout', () => ({
      message: t.silentFirst(Math.round(performance.now() - opened), headerTimeoutMs),
      hint: t.silentFirstHint,
    }));
    const bare = await secondHead(s, `GET / HTTP/1.1\nHost: ${s.address}\n\n`, patienceMs);
    check(bare.second?.status === 400, () => ({
      message: t.bare(bare.second?.statusLine ?? '—'),
      received: showBytes(bare.reply.bytes, 400),
      hint: t.bareHint,
    }));
  });

  test(m.pausesWhileAnswering.name, async ({ launch }) => {
    const t = m.pausesWhileAnswering;
    // One thread, busy with a /sleep for longer than the flood lasts.
    const s = await launch({ env: { ...env, POOL_SIZE: '1', SLEEP_MS: '4000' } });
    await keptOpen(s).then((connection) => connection.destroy());
    const before = residentBytes(s.pid!);
    const sent = await floodPipelined(s, getRequest(s, '/sleep'), getRequest(s, '/'), floodMs);
    const after = residentBytes(s.pid!);
    // A process whose memory can no longer be read has ended, though its exit may not be seen yet.
    if (before !== undefined && after === undefined) await s.waitFor(() => !s.isRunning, 5000);
    check(s.isRunning, () => ({
      message: t.crashed(s.describeState()),
      hint: t.hint,
      output: s.outputTail(),
    }));
    if (before !== undefined && after !== undefined) {
      check(after - before < 64 * mib, () => ({
        message: t.grew(Math.round((after - before) / mib), Math.round(sent / mib)),
        hint: t.hint,
      }));
    }
  });

  test(m.closesAfterMalformedRequest.name, async () => {
    const t = m.closesAfterMalformedRequest;
    const s = await server();
    const connection = await Connection.open(s);
    // A header line without its colon, and a good request right behind it, in one write.
    await connection.write(`GET / HTTP/1.1\r\nHost ${s.address}\r\n\r\n${getRequest(s, '/')}`);
    await connection.waitForReceived((all) => splitResponses(all).length >= 2, patienceMs);
    const reply = await connection.readUntilClose(connection.ended ? 0 : 3000);
    connection.destroy();
    const [refused, next] = splitResponses(reply.bytes);
    const received = showBytes(reply.bytes, 600);
    check(refused?.status === 400, () => ({
      message: t.notRefused(refused?.statusLine ?? '—'),
      received,
      hint: t.hint,
      output: s.outputTail(),
    }));
    check(saysClose(refused!), () => ({
      message: t.unannounced(refused!.statusLine),
      received,
      hint: t.hint,
    }));
    check(next === undefined, () => ({ message: t.answeredAfter, received, hint: t.hint }));
    check(reply.ended !== 'timeout', () => ({ message: t.keptOpen, hint: t.hint }));
  });
});
