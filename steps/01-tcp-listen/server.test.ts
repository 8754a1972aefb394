import { describe } from 'vitest';
import { expectHttpByHand } from '../../scripts/harness/http/http-by-hand.ts';
import { check } from '../../scripts/harness/learner-error.ts';
import type { ServerProcess } from '../../scripts/harness/server-process.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { Connection } from '../../scripts/harness/clients/tcp-client.ts';
import { otherLoopback } from '../../scripts/harness/other-loopback.ts';
import { m } from './messages.ts';

// Another loopback address than the usual one, where there is one: a server that writes
// 127.0.0.1 where it should read HOST listens elsewhere.
const host = await otherLoopback();
const test = stepTest(import.meta.url, host ? { host } : {});
const greeting = 'Connection established!';

/**
 * Opens a connection and waits until the server has greeted it, or until 4 s pass. The client
 * stays until then, even after the server has ended the connection: a greeting printed only once
 * the client has left comes `late`.
 */
async function connectAndWaitForGreeting(
  server: ServerProcess,
): Promise<'greeted' | 'late' | 'not'> {
  const before = server.countLines(greeting);
  const accepted = server.accepted;
  // The server prints its greeting before the probe hears of the connection: waiting for both
  // keeps a late line of the connection before from passing for this one's.
  const greetedNow = () => server.accepted > accepted && server.countLines(greeting) > before;
  const connection = await Connection.open(server, { halfOpen: true });
  const greeted = await server.waitFor(greetedNow, 4000);
  connection.destroy();
  if (greeted) return 'greeted';
  return (await server.waitFor(greetedNow, 1000)) ? 'late' : 'not';
}

describe('step 1', () => {
  test(m.listensOnGivenPort.name, async ({ server }) => {
    // Waiting for the greeting too keeps a late line from landing in the next check's count.
    await connectAndWaitForGreeting(server);
  });

  test(m.listensOnGivenHostOnly.name, ({ server }) => {
    const t = m.listensOnGivenHostOnly;
    const address = server.listeningAddress;
    check(address === server.host, () => ({
      message: t.elsewhere(String(address), server.host),
      expected: server.host,
      received: String(address),
      plainText: true,
      hint: t.hint,
    }));
  });

  test(m.printsOncePerConnection.name, async ({ server }) => {
    const t = m.printsOncePerConnection;
    const before = server.countLines(greeting);
    for (let connections = 1; connections <= 3; connections++) {
      const answer = await connectAndWaitForGreeting(server);
      check(answer !== 'late', () => ({
        message: t.late,
        hint: t.lateHint,
        output: server.outputTail(),
      }));
      const greeted = answer === 'greeted';
      const near = server
        .output()
        .split('\n')
        .find((line) => /connection\s*established/i.test(line) && line.trim() !== greeting);
      check(greeted || !near, () => ({
        message: t.almost(near!.trim()),
        hint: t.almostHint,
        output: server.outputTail(),
      }));
      const greetedEarlier = server.countLines(greeting) > 0;
      check(greeted, () => ({
        message: greetedEarlier ? t.notForThisOne : t.nothing,
        hint: greetedEarlier ? t.notForThisOneHint : t.nothingHint,
        output: server.outputTail(),
      }));
    }
    const printed = server.countLines(greeting) - before;
    check(printed === 3, () => ({
      message: t.count(printed, 3),
      expected: `3 × ${greeting}`,
      received: `${printed} × ${greeting}`,
      hint: t.countHint,
    }));
  });

  test(m.keepsRunningWhenClientLeavesAtOnce.name, async ({ server }) => {
    const t = m.keepsRunningWhenClientLeavesAtOnce;
    // A reset now and then reaches the server as a plain close, depending on when it comes: five
    // of them make sure that one arrives as the error it is. A server that crashed on one of them
    // refuses the next: the check below says why.
    const open = () => Connection.open(server).catch(() => undefined);
    for (let client = 0; client < 5; client++) {
      const accepted = server.accepted;
      const connection = await open();
      if (!connection) break;
      // A connection reset before the server has taken it may never reach the server at all.
      await server.waitFor(() => server.accepted > accepted, 10_000);
      connection.reset();
    }
    (await open())?.endWriting();
    // A reset reaches a server with no 'error' listener as a crash one turn of its event loop
    // after it accepts the connection, which may come after the greetings of that turn and the
    // next: a third greeting in a row comes later than any such crash.
    let greeted = true;
    for (let turn = 0; turn < 3 && greeted; turn++) {
      greeted = (await connectAndWaitForGreeting(server).catch(() => 'not')) !== 'not';
    }
    if (!greeted) await server.waitFor(() => !server.isRunning, 1000);
    check(server.isRunning, () => ({
      message: t.crashed(server.describeState()),
      hint: t.crashedHint,
      output: server.outputTail(),
    }));
    // A server that never prints the exact line is told so by the check that counts the lines.
    const neverGreets = server.countLines(greeting) === 0;
    check(greeted || neverGreets, () => ({
      message: t.silent,
      hint: t.silentHint,
      output: server.outputTail(),
    }));
  });

  test(m.endsConnectionAfterGreeting.name, async ({ server }) => {
    const t = m.endsConnectionAfterGreeting;
    const connection = await Connection.open(server);
    const { ended } = await connection.readUntilClose(5000);
    connection.destroy();
    const output = server.outputTail();
    check(ended !== 'timeout', () => ({ message: t.open, hint: t.hint, output }));
  });

  test(m.buildsOnNetAlone.name, ({ target }) => {
    expectHttpByHand(target.folder, target.files);
  });
});
