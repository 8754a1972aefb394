import { describe } from 'vitest';
import { expectHttpByHand } from '../../scripts/harness/http/http-by-hand.ts';
import { check } from '../../scripts/harness/learner-error.ts';
import type { ServerProcess } from '../../scripts/harness/server-process.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { Connection, exchange, piecesOf } from '../../scripts/harness/clients/tcp-client.ts';
import { importLearnerModule } from '../../scripts/harness/learner-module.ts';
import type * as Learner from './request.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const marker = 'Request:';
/** What the server prints for each connection, as in step 1. */
const greeting = 'Connection established!';

function curlRequest(server: ServerProcess, path: string): string[] {
  return [
    `GET ${path} HTTP/1.1`,
    `Host: ${server.address}`,
    'User-Agent: curl/8.5.0',
    'Accept: */*',
  ];
}

/** Whether `printed` shows the marker followed by every line, in order. */
function showsRequest(printed: string, lines: readonly string[]): boolean {
  let position = printed.indexOf(marker);
  if (position === -1) return false;
  for (const line of lines) {
    position = printed.indexOf(line, position);
    if (position === -1) return false;
  }
  return true;
}

const newOutput = (server: ServerProcess, since: number) => server.output().slice(since);

/** The message of the error the learner's parseRequest() throws for `head`, if it throws one. */
async function refusalOf(folder: string, head: string): Promise<string | undefined> {
  try {
    const { parseRequest } = await importLearnerModule<typeof Learner>(folder, 'request.ts');
    parseRequest(head);
  } catch (error) {
    const message = error instanceof Error ? error.message.trim() : '';
    // A module that does not load, or a placeholder, is the request checks' to report.
    return message && !/TODO\(step \d+\)/.test(message) ? message : undefined;
  }
  return undefined;
}
const markers = (text: string) => text.split(marker).length - 1;

/** What a server that prints `Request:` and then the head would show. */
const example = (lines: readonly string[]) => `${marker}\n${lines.join('\r\n')}\n`;

async function expectPrinted(
  server: ServerProcess,
  pieces: (request: string) => Buffer[],
  extraLines: readonly string[] = [],
  pauseMs = 1,
) {
  const t = m.printsRequest;
  // A path of its own tells this request's lines apart from any other's.
  const path = `/pieces-${Math.random().toString(36).slice(2)}`;
  const lines = [...curlRequest(server, path), ...extraLines];
  const since = server.output().length;
  const connection = await Connection.open(server);
  await connection.writeInPieces(pieces(`${lines.join('\r\n')}\r\n\r\n`), pauseMs);
  const printed = await server.waitFor(() => showsRequest(newOutput(server, since), lines), 4000);
  connection.destroy();
  const seen = newOutput(server, since);
  const count = markers(seen);
  check(count <= 1, () => ({ message: t.piecemeal(count), received: seen, hint: t.piecemealHint }));
  check(!/\[object Promise\]|is not a function/.test(seen), () => ({
    message: t.promise,
    received: seen,
    hint: t.promiseHint,
  }));
  // U+FFFD stands in for bytes that were decoded apart from the rest of their character.
  check(printed || !seen.includes('\ufffd'), () => ({
    message: t.splitCharacter,
    expected: example(lines),
    received: seen,
    hint: t.splitCharacterHint,
  }));
  check(printed || count > 0, () => ({
    message: t.nothingPrinted,
    expected: example(lines),
    received: seen,
    hint: t.nothingPrintedHint,
    output: server.outputTail(),
  }));
  check(printed, () => ({
    message: t.notPrinted,
    expected: example(lines),
    received: seen,
    hint: t.notPrintedHint,
    output: server.outputTail(),
  }));
}

describe('step 2', () => {
  test(m.printsRequest.whenItArrivesInOneWrite, async ({ server }) => {
    await expectPrinted(server, (text) => [Buffer.from(text)]);
  });

  test(m.printsRequest.whenItArrivesInTwoWrites, async ({ server }) => {
    const inTwo = (text: string) => {
      const middle = text.indexOf('User-Agent') + 4;
      return [Buffer.from(text.slice(0, middle)), Buffer.from(text.slice(middle))];
    };
    // Far enough apart that a busy server reads them as two chunks, not one.
    await expectPrinted(server, inTwo, [], 100);
  });

  // The next two checks run side by side, since both take a while; the second has a server of its
  // own, as it reads the output that a request makes.
  test.concurrent(m.printsRequest.whenItArrivesByteByByte, async ({ server }) => {
    // A letter of two bytes, and a dash of three, cut apart as they cross the network.
    await expectPrinted(server, (text) => piecesOf(text, 1), ['X-Greeting: Merhaba — çay?']);
  });

  test.concurrent(m.waitsForEmptyLine.name, async ({ launch }) => {
    const t = m.waitsForEmptyLine;
    const server = await launch();
    const lines = curlRequest(server, '/unfinished');
    const since = server.output().length;
    const connection = await Connection.open(server);
    await connection.write(`${lines.join('\r\n')}\r\n`);
    const early = await server.waitFor(() => newOutput(server, since).includes(marker), 250);
    check(!early, () => ({ message: t.early, received: newOutput(server, since), hint: t.hint }));
    await connection.write('\r\n');
    const printed = await server.waitFor(() => showsRequest(newOutput(server, since), lines), 5000);
    connection.destroy();
    check(printed, () => ({
      message: m.printsRequest.notPrinted,
      expected: example(lines),
      received: newOutput(server, since),
      hint: m.printsRequest.notPrintedHint,
      output: server.outputTail(),
    }));
  });

  test(m.closesMalformedRequestAndKeepsServing.name, async ({ server, target }) => {
    const t = m.closesMalformedRequestAndKeepsServing;
    const since = server.output().length;
    const connection = await Connection.open(server);
    await connection.write('HELLO\r\n\r\n');
    const reply = await connection.readUntilClose(5000);
    connection.destroy();
    check(reply.ended !== 'timeout', () => ({
      message: t.notClosed,
      hint: t.notClosedHint,
      output: server.outputTail(),
    }));
    const lines = () =>
      newOutput(server, since)
        .split('\n')
        .map((line) => line.trim());
    // The server prints in order: once a later connection's greeting is in, so is all it printed
    // for this one, though a busy machine may bring other lines first.
    const later = await Connection.open(server);
    await server.waitFor(() => lines().filter((line) => line === greeting).length >= 2, 3000);
    later.destroy();
    // An explanation is a line of its own: not the greeting, and not the request echoed back.
    const explained = () => lines().some((line) => !['', greeting, marker, 'HELLO'].includes(line));
    check(await server.waitFor(explained, 3000), () => ({
      message: t.silent,
      hint: t.silentHint,
      output: server.outputTail(),
    }));
    // Why, in the learner's own words: the message parseRequest() throws for this head.
    const why = await refusalOf(target.folder, 'HELLO');
    // Quotes and escapes aside: a message printed through JSON.stringify() says the same.
    const plain = (text: string) => text.replace(/["'`\\]/g, '');
    check(why === undefined || plain(newOutput(server, since)).includes(plain(why)), () => ({
      message: t.notWhy(why!),
      hint: t.notWhyHint,
      output: server.outputTail(),
    }));
    check(!newOutput(server, since).includes(marker), () => ({
      message: t.printedRequest,
      received: newOutput(server, since),
      hint: t.printedRequestHint,
    }));
    await expectPrinted(server, (text) => [Buffer.from(text)]);
  });

  test(m.keepsRunningWhenClientLeavesEarly.name, async ({ server }) => {
    const t = m.keepsRunningWhenClientLeavesEarly;
    const unfinished = `${curlRequest(server, '/leaving').join('\r\n')}\r\n`;
    const since = server.output().length;
    // A reset now and then reaches the server as a plain close, depending on when it comes: five
    // of them make sure that one arrives as the error it is.
    const leaves = ['close', 'reset', 'reset', 'reset', 'reset', 'reset'] as const;
    for (const leave of leaves) {
      const accepted = server.accepted;
      const connection = await Connection.open(server).catch(() => undefined);
      // A server that crashed on an earlier reset refuses this one: the check below says why.
      if (!connection) break;
      await connection.write(unfinished);
      // A connection reset before the server has taken it may never reach the server at all.
      await server.waitFor(() => server.accepted > accepted, 10_000);
      if (leave === 'close') {
        connection.endWriting();
        // The server sees the client leave once it has closed its side too.
        await connection.readUntilClose(2000);
      } else connection.reset();
    }
    try {
      // A reset reaches a server with no 'error' listener as a crash one turn of its event loop
      // after it took the connection, which may come after the requests of that turn and the
      // next: a third request served in a row comes later than any such crash.
      for (let turn = 0; turn < 3; turn++)
        await expectPrinted(server, (text) => [Buffer.from(text)]);
    } catch (error) {
      const crashed = !server.isRunning || (await server.waitFor(() => !server.isRunning, 1000));
      check(!crashed, () => ({
        message: t.crashed(server.describeState()),
        hint: t.hint,
        output: server.outputTail(),
      }));
      throw error;
    }
    // What a handler prints when it hands parseRequest() the undefined of a client that left.
    const handledNothing = newOutput(server, since)
      .split('\n')
      .find((line) => /TypeError|of undefined/.test(line));
    check(handledNothing === undefined, () => ({
      message: t.parsedUndefined(handledNothing!.trim()),
      hint: t.parsedUndefinedHint,
      output: server.outputTail(),
    }));
  });

  test(m.endsConnectionAfterPrinting.name, async ({ server }) => {
    const request = `${curlRequest(server, '/ending').join('\r\n')}\r\n\r\n`;
    const reply = await exchange(server, request, { timeoutMs: 3000 });
    check(reply.ended !== 'timeout', () => ({
      message: m.endsConnectionAfterPrinting.open,
      hint: m.endsConnectionAfterPrinting.hint,
      output: server.outputTail(),
    }));
  });

  test(m.buildsOnNetAlone.name, ({ target }) => {
    expectHttpByHand(target.folder, target.files);
  });
});
