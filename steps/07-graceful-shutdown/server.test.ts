import { describe } from 'vitest';
import { expectBadRequestAnswered } from '../../scripts/harness/http/bad-request.ts';
import { expectHttpByHand } from '../../scripts/harness/http/http-by-hand.ts';
import { check } from '../../scripts/harness/learner-error.ts';
import { expectPage } from '../../scripts/harness/http/page-check.ts';
import { startServer, type ServerProcess } from '../../scripts/harness/server-process.ts';
import {
  acceptsConnection,
  observeShutdown,
  type Shutdown,
} from '../../scripts/harness/shutdown.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { underTest } from '../../scripts/harness/target.ts';
import { expectShutdownLines } from '../../scripts/harness/thread-pool/worker-lines.ts';
import { Connection } from '../../scripts/harness/clients/tcp-client.ts';
import { closingRequest, sendGet } from '../../scripts/harness/timing.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const { folder } = underTest(import.meta.url);
const poolSize = 2;
const sleepMs = 600;
// How long a server may take to end once its last request is done: closing a pool takes
// milliseconds, but a busy machine may stretch them.
const graceMs = 4000;
// Its first request may wait for threads that take seconds to start on a busy machine.
const patienceMs = 10_000;
const env = { POOL_SIZE: String(poolSize), SLEEP_MS: String(sleepMs) };
const goodbye = 'Shutting down.';

// One SIGTERM during a /sleep, watched from several sides by the checks below.
let observed: Promise<{ server: ServerProcess; shutdown: Shutdown }> | undefined;
const sigterm = () =>
  (observed ??= startServer({ folder, env }).then(async (server) => ({
    server,
    shutdown: await observeShutdown(server, 'SIGTERM', sleepMs, graceMs),
  })));

/** Fails unless the server said "Shutting down." (its last lines may come a moment after it ends). */
async function expectGoodbye(server: ServerProcess): Promise<void> {
  const said = await server.waitFor(() => server.countLines(goodbye) > 0, 1000);
  check(said, () => ({
    message: m.stopsEveryWorkerOnSigterm.noGoodbye,
    hint: m.stopsEveryWorkerOnSigterm.noGoodbyeHint,
    output: server.outputTail(),
  }));
}

// Threads take seconds to start on a busy machine, and some checks wait for several slow requests.
describe('the server', { timeout: 28_000 }, () => {
  test(m.finishesSleepInFlightOnSigterm.name, async () => {
    const { server, shutdown } = await sigterm();
    check(shutdown.inFlight.bytes.length > 0, () => ({
      message: m.finishesSleepInFlightOnSigterm.cutOff(server.describeState()),
      hint: m.finishesSleepInFlightOnSigterm.cutOffHint,
      output: server.outputTail(25),
    }));
    await expectPage(server, folder, shutdown.inFlight);
  });

  test(m.answersHeadArrivingDuringSigterm.name, async () => {
    const t = m.answersHeadArrivingDuringSigterm;
    const { server, shutdown } = await sigterm();
    const { arriving } = shutdown;
    check(arriving.bytes.length > 0, () => ({
      message: t.cutOff(server.describeState()),
      hint: t.hint,
      output: server.outputTail(25),
    }));
    const statusLine = arriving.text.split('\r\n')[0]!;
    check(statusLine.startsWith('HTTP/1.1 200'), () => ({
      message: t.refused(statusLine),
      hint: t.hint,
      output: server.outputTail(),
    }));
    await expectPage(server, folder, arriving);
  });

  test(m.refusesConnectionsAfterSigterm.name, async () => {
    const t = m.refusesConnectionsAfterSigterm;
    const { server, shutdown } = await sigterm();
    check(shutdown.newConnection === 'refused', () => ({
      message: t.accepted,
      hint: t.hint,
      output: server.outputTail(),
    }));
    const finished = shutdown.inFlight.bytes.length > 0;
    check(shutdown.stoppedListeningFirst || !finished, () => ({
      message: t.keptListening,
      hint: t.hint,
    }));
  });

  test(m.exitsWithZeroAfterLastRequest.name, async () => {
    const t = m.exitsWithZeroAfterLastRequest;
    const { server, shutdown } = await sigterm();
    const { exit } = shutdown;
    check(exit, () => ({ message: t.lingers(shutdown.exitMs / 1000), hint: t.lingersHint }));
    check(!exit.signal, () => ({ message: t.noHandler(exit.signal!), hint: t.noHandlerHint }));
    check(exit.code === 0, () => ({
      message: t.code(exit.code!),
      hint: t.codeHint,
      output: server.outputTail(25),
    }));
    check(!server.calledExit, () => ({ message: t.calledExit, hint: t.calledExitHint }));
  });

  test(m.stopsEveryWorkerOnSigterm.name, async () => {
    const t = m.stopsEveryWorkerOnSigterm;
    const { server, shutdown } = await sigterm();
    check(!shutdown.exit?.signal, () => ({
      message: m.exitsWithZeroAfterLastRequest.noHandler(shutdown.exit!.signal!),
      hint: m.exitsWithZeroAfterLastRequest.noHandlerHint,
    }));
    await expectGoodbye(server);
    expectShutdownLines(server.output(), poolSize, t);
    // Both come from the main thread, so their order in the output is the order they were printed.
    const lines = server
      .output()
      .split('\n')
      .map((line) => line.trim());
    const lastWorker = lines.findLastIndex((line) => /^Shutting down worker \d+$/.test(line));
    check(lines.indexOf(goodbye) > lastWorker, () => ({
      message: t.goodbyeEarly,
      hint: t.goodbyeEarlyHint,
      output: server.outputTail(),
    }));
  });

  test(m.shutsDownOnCtrlC.name, async ({ launch }) => {
    const server = await launch({ env });
    await expectPage(server, folder, await (await sendGet(server, '/', patienceMs)).reply);
    server.signal('SIGINT');
    await server.waitFor(() => !server.isRunning, graceMs);
    const exit = server.isRunning ? undefined : await server.exited;
    check(exit?.code === 0, () => ({
      message: m.shutsDownOnCtrlC.notHandled(server.describeState()),
      hint: exit ? m.shutsDownOnCtrlC.hint : m.exitsWithZeroAfterLastRequest.lingersHint,
      output: server.outputTail(),
    }));
    await expectGoodbye(server);
  });

  test(m.endsAtOnceOnSecondCtrlC.name, async ({ launch }) => {
    const t = m.endsAtOnceOnSecondCtrlC;
    const server = await launch({ env });
    // A client that connects and sends nothing keeps server.close() waiting for good.
    const idle = await Connection.open(server);
    try {
      await server.waitFor(() => server.accepted > 0, 5000);
      server.signal('SIGINT');
      await server.waitFor(() => server.stoppedListening || !server.isRunning, graceMs);
      server.signal('SIGINT');
      const ended = await server.waitFor(() => !server.isRunning, graceMs);
      check(ended, () => ({
        message: t.lingers(graceMs / 1000),
        hint: t.hint,
        output: server.outputTail(),
      }));
    } finally {
      idle.destroy();
    }
  });

  test(m.shutsDownOnceWhenAskedTwice.name, async ({ launch }) => {
    const t = m.shutsDownOnceWhenAskedTwice;
    const server = await launch({ env });
    await expectPage(server, folder, await (await sendGet(server, '/', patienceMs)).reply);
    // A request still arriving keeps the server open between the two signals.
    const [firstLine, ...rest] = closingRequest(server, '/').split('\r\n');
    const accepted = server.accepted;
    const arriving = await Connection.open(server);
    try {
      await arriving.write(`${firstLine}\r\n`);
      await server.waitFor(() => server.accepted > accepted, 5000);
      server.signal('SIGTERM');
      await server.waitFor(() => server.stoppedListening || !server.isRunning, graceMs);
      server.signal('SIGINT');
      await arriving.write(rest.join('\r\n'));
      const reply = await arriving.readUntilClose(patienceMs);
      await server.waitFor(() => !server.isRunning, graceMs);
      const times = server.countLines(goodbye);
      check(times <= 1, () => ({
        message: t.twice(times),
        hint: t.hint,
        output: server.outputTail(),
      }));
      await expectPage(server, folder, { ...reply, path: '/', sentAt: 0, endedAt: 0 });
    } finally {
      arriving.destroy();
    }
  });

  test(m.stopsAfterMaxRequests.name, async ({ launch }) => {
    const t = m.stopsAfterMaxRequests;
    const server = await launch({ env: { ...env, MAX_REQUESTS: '2' } });
    const inFlight = await sendGet(server, '/', patienceMs).catch(() => undefined);
    check(inFlight, () => ({ message: t.stoppedEarly(0), hint: t.stoppedEarlyHint }));
    await expectPage(server, folder, await inFlight.reply);
    // Connections count as they come, whatever they bring: the last one sends nothing yet.
    const last = await Connection.open(server).catch(() => undefined);
    check(last, () => ({ message: t.stoppedEarly(1), hint: t.stoppedEarlyHint }));
    // Bounded for a server that does not count it: one that does stops listening at once.
    await server.waitFor(() => server.stoppedListening, 3000);
    check(!(await acceptsConnection(server)), () => ({
      message: t.thirdAccepted,
      hint: t.keptRunningHint,
    }));
    // Then it sends a malformed request, which is answered, and the server ends.
    await last.write('HELLO\r\n\r\n');
    await last.readUntilClose(patienceMs);
    last.destroy();
    const ended = await server.waitFor(() => !server.isRunning, graceMs);
    check(ended, () => ({ message: t.keptRunning(graceMs / 1000), hint: t.keptRunningHint }));
    check((await server.exited).code === 0, () => ({
      message: t.code(server.describeState()),
      hint: t.codeHint,
      output: server.outputTail(),
    }));
  });

  test(m.answersBadRequest.name, async ({ server }) => {
    await expectBadRequestAnswered(server);
  });

  test(m.buildsOnNetAlone.name, ({ target }) => {
    expectHttpByHand(target.folder, target.files);
  });
});
