import { describe } from 'vitest';
import { fuzzCases, type FuzzCase } from '../../scripts/harness/clients/fuzz.ts';
import { burst, inParallel } from '../../scripts/harness/clients/hostile-clients.ts';
import { expectHttpByHand } from '../../scripts/harness/http/http-by-hand.ts';
import { crashAdvice } from '../../scripts/harness/crash-advice.ts';
import { check, LearnerError } from '../../scripts/harness/learner-error.ts';
import type { ServerProcess } from '../../scripts/harness/server-process.ts';
import { showBytes } from '../../scripts/harness/show-bytes.ts';
import { answeredKeepingOpen, firstAnswer } from '../../scripts/harness/http/first-answer.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { expectStillServing } from '../../scripts/harness/still-serving.ts';
import { Connection, exchange, type Reply } from '../../scripts/harness/clients/tcp-client.ts';
import { closingRequest } from '../../scripts/harness/timing.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);

/** What is wrong with the server's reply to a fuzz case, if anything. */
function judge(fuzz: FuzzCase, reply: Reply): { message: string; hint: string } | undefined {
  const t = m.answersMalformedFloodAndKeepsServing;
  if (reply.ended === 'timeout' && !answeredKeepingOpen(reply.bytes)) {
    return { message: t.silent, hint: t.silentHint };
  }
  if (reply.bytes.length === 0) return undefined;
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(reply.bytes.toString('latin1', 0, 12))?.[1];
  if (!status) return { message: t.notHttp, hint: t.notHttpHint };
  if (!fuzz.malformed || status === '400') return undefined;
  return status.startsWith('5')
    ? { message: t.serverError(Number(status)), hint: t.serverErrorHint }
    : { message: t.accepted(Number(status)), hint: t.acceptedHint };
}

/** Replays the cases one at a time on a fresh server to find the one that ends it. */
async function culprit(launch: () => Promise<ServerProcess>, suspects: FuzzCase[]) {
  const server = await launch();
  for (const suspect of suspects) {
    const reply = await firstAnswer(server, suspect.bytes, 5000);
    // A crash closes the connection without an answer a moment before the process is seen to exit.
    if (!reply?.bytes.length) await server.waitFor(() => !server.isRunning, 500);
    if (!server.isRunning) return { suspect, server };
  }
  return undefined;
}

describe('step 8: hostile clients', { timeout: 28_000 }, () => {
  test(m.survivesClientsLeavingWithoutAByte.name, async ({ server, target }) => {
    await inParallel(
      2000,
      50,
      async (index) => {
        const connection = await Connection.open(server).catch(() => undefined);
        // Half leave politely (FIN), half abruptly (RST), as closed tabs and crashed clients do.
        if (index % 2 === 0) connection?.destroy();
        else connection?.reset();
      },
      () => !server.isRunning,
    );
    await expectStillServing(server, target.folder, {
      died: (how) => m.stillServing.died(m.survivesClientsLeavingWithoutAByte.after, how),
      hint: m.survivesClientsLeavingWithoutAByte.hint,
    });
  });

  test(m.answersMalformedFloodAndKeepsServing.name, async ({ server, target, launch }) => {
    const cases = fuzzCases(2026, 3000);
    const width = 32;
    let refusedAt: number | undefined;
    let found: { fuzz: FuzzCase; reply: Reply; message: string; hint: string } | undefined;
    await inParallel(
      cases.length,
      width,
      async (index) => {
        const fuzz = cases[index]!;
        const reply = await firstAnswer(server, fuzz.bytes, 5000);
        if (!reply) refusedAt ??= index;
        const problem = reply && judge(fuzz, reply);
        if (reply && problem) found ??= { fuzz, reply, ...problem };
      },
      () => found !== undefined || refusedAt !== undefined,
    );
    // A crash closes connections and the port a moment before the process is seen to exit.
    if (refusedAt !== undefined || found) await server.waitFor(() => !server.isRunning, 1000);
    if (!server.isRunning) {
      // The case that ended the server is among the last ones sent before it.
      const last = refusedAt ?? cases.indexOf(found?.fuzz ?? cases[cases.length - 1]!);
      const suspects = cases.slice(Math.max(0, last - 2 * width), last + 1);
      const guilty = await culprit(() => launch(), suspects);
      if (guilty) {
        throw new LearnerError({
          message: m.answersMalformedFloodAndKeepsServing.crashed(guilty.server.describeState()),
          // Shown here once, with its \r and \n spelled out; the report must not escape it again.
          received: showBytes(guilty.suspect.bytes),
          plainText: true,
          hint: [
            crashAdvice(guilty.server.output()),
            m.answersMalformedFloodAndKeepsServing.crashedHint,
          ]
            .filter(Boolean)
            .join(' '),
          output: guilty.server.outputTail(25),
        });
      }
    }
    check(!found || !server.isRunning, () => ({
      message: found!.message,
      expected: found!.fuzz.malformed ? showBytes('HTTP/1.1 400 Bad Request\r\n…') : undefined,
      // Request and reply, each escaped once here, around an arrow the report must show as it is.
      received: `${showBytes(found!.fuzz.bytes)}\n→\n${showBytes(found!.reply.bytes, 200)}`,
      plainText: true,
      hint: found!.hint,
      output: server.outputTail(),
    }));
    await expectStillServing(server, target.folder, {
      died: (how) => m.stillServing.died(m.answersMalformedFloodAndKeepsServing.after, how),
      hint: m.answersMalformedFloodAndKeepsServing.crashedHint,
    });
  });

  test(m.survivesClientsLeavingMidResponse.name, async ({ launch, target }) => {
    const server = await launch({ env: { SLEEP_MS: '300', POOL_SIZE: '2' } });
    const leaving = await Promise.all(
      Array.from({ length: 8 }, async (_, index) => {
        const connection = await Connection.open(server);
        await connection.write(closingRequest(server, index % 2 ? '/sleep' : '/'));
        return connection;
      }),
    );
    // Once each request has been read, its client leaves: some abruptly, some politely.
    await server.waitFor(() => server.output().split('GET /sleep').length > 4, 3000);
    leaving.forEach((connection, index) =>
      index % 4 < 2 ? connection.reset() : connection.destroy(),
    );
    // The pool takes jobs in order, so this answer comes after every abandoned one was written.
    await exchange(server, closingRequest(server, '/sleep'), { timeoutMs: 10_000 }).catch(() => {});
    await expectStillServing(server, target.folder, {
      died: (how) => m.stillServing.died(m.survivesClientsLeavingMidResponse.after, how),
      hint: m.survivesClientsLeavingMidResponse.hint,
    });
  });

  test(m.answersThousandConnectionsAtOnce.name, async ({ server, target }) => {
    const result = await burst(server, 1000, closingRequest(server, '/'), 15_000);
    const answered = result.replies.filter((reply) =>
      /^HTTP\/1\.[01] 200 /.test(reply.toString('latin1', 0, 13)),
    ).length;
    const lost = 1000 - answered;
    const { refused, reset, unanswered: waiting } = result;
    const closed = lost - refused - reset - waiting;
    check(lost === 0, () => ({
      message: m.answersThousandConnectionsAtOnce.lost(lost, { refused, reset, closed, waiting }),
      hint:
        result.refused > 0
          ? m.answersThousandConnectionsAtOnce.refusedHint
          : m.answersThousandConnectionsAtOnce.lostHint,
      output: server.outputTail(),
    }));
    await expectStillServing(server, target.folder, {
      died: (how) => m.stillServing.died(m.answersThousandConnectionsAtOnce.after, how),
      hint: m.answersThousandConnectionsAtOnce.lostHint,
    });
  });

  test(m.buildsOnNetAlone.name, ({ target }) => {
    expectHttpByHand(target.folder, target.files);
  });
});
