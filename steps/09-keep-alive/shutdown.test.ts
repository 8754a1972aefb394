import { describe } from 'vitest';
import { check } from '../../scripts/harness/learner-error.ts';
import { saysClose, splitResponses } from '../../scripts/harness/http/responses.ts';
import { keptOpenConnection } from '../../scripts/harness/kept-open.ts';
import { startServer, type ServerProcess } from '../../scripts/harness/server-process.ts';
import { showBytes } from '../../scripts/harness/show-bytes.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { underTest } from '../../scripts/harness/target.ts';
import { jobLineIds } from '../../scripts/harness/thread-pool/worker-lines.ts';
import { Connection, type Reply } from '../../scripts/harness/clients/tcp-client.ts';
import { getRequest } from '../../scripts/harness/timing.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const { folder } = underTest(import.meta.url);
const sleepMs = 1500;
// Far longer than the checks wait: a connection closed in time was closed by the shutdown.
const keepAliveMs = 30_000;
const graceMs = 4000;
// A leaked idle timer holds the process for keepAliveMs; a busy machine may take a few seconds.
const leakGraceMs = 10_000;
const patienceMs = 12_000;
const env = {
  KEEP_ALIVE_TIMEOUT_MS: String(keepAliveMs),
  HEADER_TIMEOUT_MS: String(keepAliveMs),
  SLEEP_MS: String(sleepMs),
  POOL_SIZE: '2',
};

const closed = {
  message: m.answersSeveralRequestsOnOneConnection.closed(1),
  hint: m.answersSeveralRequestsOnOneConnection.closedHint,
};
/** A connection that has had one answer and is kept open, waiting for its next request. */
const idleConnection = (server: ServerProcess) => keptOpenConnection(server, closed, patienceMs);

/**
 * Waits for the `count`th response on `connection`, then a moment for the close that follows it: a
 * connection kept open past its response is seen as such soon, not at the end of the wait.
 */
async function answerThenClose(connection: Connection, count: number, timeoutMs: number) {
  await connection.waitForReceived((bytes) => splitResponses(bytes).length >= count, timeoutMs);
  return connection.readUntilClose(connection.ended ? 0 : 2000);
}

interface Observed {
  server: ServerProcess;
  /** When the idle connection ended, from SIGTERM; undefined if it outlived the busy one. */
  idleClosedMs: number | undefined;
  /** The same for a new connection that had sent nothing yet: it is idle too. */
  freshClosedMs: number | undefined;
  busy: Reply;
  busyAnsweredMs: number;
  /** A kept-open connection whose next head had begun to arrive at SIGTERM, finished after it. */
  arriving: Reply;
}

let observed: Promise<Observed> | undefined;
/**
 * SIGTERM while one connection waits, idle, for its next request and another waits for a
 * /sleep that a worker is running. Watched once, from both sides, by the checks below.
 */
const sigterm = () =>
  (observed ??= (async () => {
    const server = await startServer({ folder, env });
    const idle = await idleConnection(server);
    const arriving = await idleConnection(server);
    const [firstLine, ...rest] = getRequest(server, '/').split('\r\n');
    await arriving.write(`${firstLine}\r\n`);
    // Sent after the first line above: once a worker has taken it, that line has arrived too.
    const busy = await Connection.open(server);
    await busy.write(getRequest(server, '/sleep'));
    await server.waitFor(() => jobLineIds(server.output()).length > 0, patienceMs);
    const accepted = server.accepted;
    const fresh = await Connection.open(server);
    await server.waitFor(() => server.accepted > accepted, patienceMs);
    const signalled = performance.now();
    server.signal('SIGTERM');
    const closedAt = async (connection: Connection) => {
      const reply = await connection.readUntilClose(sleepMs + patienceMs);
      return reply.ended === 'timeout' ? undefined : performance.now() - signalled;
    };
    let idleClosedMs: number | undefined;
    let freshClosedMs: number | undefined;
    void closedAt(idle).then((ms) => (idleClosedMs = ms));
    void closedAt(fresh).then((ms) => (freshClosedMs = ms));
    // The rest of the head comes once the server has seen the signal: it stops listening then.
    await server.waitFor(() => server.stoppedListening || !server.isRunning, graceMs);
    await arriving.write(rest.join('\r\n'));
    const reply = await answerThenClose(busy, 1, sleepMs + patienceMs);
    const busyAnsweredMs = performance.now() - signalled;
    const arrived = await answerThenClose(arriving, 2, patienceMs);
    arriving.destroy();
    // The idle connections' ends may be a moment behind, on a busy machine.
    await Promise.all([idle.readUntilClose(500), fresh.readUntilClose(500)]);
    for (const connection of [idle, fresh, busy]) connection.destroy();
    await server.waitFor(() => !server.isRunning, graceMs);
    return {
      server,
      idleClosedMs,
      freshClosedMs,
      busy: reply,
      busyAnsweredMs,
      arriving: arrived,
    };
  })());

describe('step 9: shutting down with connections kept open', { timeout: 28_000 }, () => {
  test(m.closesIdleConnectionsOnSigterm.name, async () => {
    const t = m.closesIdleConnectionsOnSigterm;
    const { server, idleClosedMs, busyAnsweredMs } = await sigterm();
    check(idleClosedMs !== undefined, () => ({
      message: server.isRunning ? t.neverClosed : t.outlived,
      hint: t.hint,
      output: server.outputTail(),
    }));
    check(idleClosedMs <= busyAnsweredMs, () => ({
      message: t.late(Math.round(idleClosedMs), Math.round(busyAnsweredMs)),
      hint: t.hint,
    }));
    const { freshClosedMs } = await sigterm();
    check(freshClosedMs !== undefined && freshClosedMs <= busyAnsweredMs, () => ({
      message: t.freshKept,
      hint: t.freshHint,
    }));
  });

  test(m.finishesSleepThenClosesOnSigterm.name, async () => {
    const t = m.finishesSleepThenClosesOnSigterm;
    const { server, busy } = await sigterm();
    const [response] = splitResponses(busy.bytes);
    check(response?.status === 200, () => ({
      message: t.cutOff(server.describeState()),
      received: showBytes(busy.bytes, 400),
      hint: t.cutOffHint,
      output: server.outputTail(),
    }));
    check(saysClose(response), () => ({
      message: t.noClose,
      received: response.statusLine + '\r\n' + response.headerLines.join('\r\n'),
      hint: t.noCloseHint,
    }));
    check(busy.ended !== 'timeout', () => ({ message: t.keptOpen, hint: t.noCloseHint }));
    const exit = server.isRunning ? undefined : await server.exited;
    check(exit?.code === 0, () => ({
      message: t.noExit(server.describeState()),
      hint: t.noExitHint,
      output: server.outputTail(),
    }));
  });

  test(m.answersArrivingRequestOnSigterm.name, async () => {
    const t = m.answersArrivingRequestOnSigterm;
    const { server, arriving } = await sigterm();
    const [, response] = splitResponses(arriving.bytes);
    check(response?.status === 200, () => ({
      message: t.cutOff,
      received: showBytes(arriving.bytes, 600),
      hint: t.hint,
      output: server.outputTail(),
    }));
    check(saysClose(response) && arriving.ended !== 'timeout', () => ({
      message: t.noClose,
      received: response.statusLine + '\r\n' + response.headerLines.join('\r\n'),
      hint: t.hint,
    }));
  });

  test(m.exitsWithNoIdleTimerLeft.name, async ({ launch }) => {
    const t = m.exitsWithNoIdleTimerLeft;
    const server = await launch({ env });
    const connection = await idleConnection(server);
    await connection.write(getRequest(server, '/'));
    await connection.waitForReceived((bytes) => splitResponses(bytes).length === 2, patienceMs);
    // Another client leaves halfway through its first head, the head's deadline running.
    const halfway = await Connection.open(server);
    await halfway.write('GET / HTTP/1.1\r\n');
    // The client leaves while its connection waits for a next request, its idle timer running.
    // Whether the server sees it leave before SIGTERM or closes it as idle, the timer must go.
    connection.destroy();
    halfway.destroy();
    server.signal('SIGTERM');
    const ended = await server.waitFor(() => !server.isRunning, leakGraceMs);
    check(ended, () => ({
      message: t.lingers(leakGraceMs / 1000, keepAliveMs / 1000),
      hint: t.hint,
      output: server.outputTail(),
    }));
    check((await server.exited).code === 0, () => ({
      message: m.finishesSleepThenClosesOnSigterm.noExit(server.describeState()),
      hint: m.finishesSleepThenClosesOnSigterm.noExitHint,
    }));
  });
});
