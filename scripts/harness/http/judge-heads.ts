import type { ServerProcess } from '../server-process.ts';
import { inParallel } from '../clients/hostile-clients.ts';
import type { Reply } from '../clients/tcp-client.ts';
import { firstAnswer } from './first-answer.ts';
import { LearnerError } from '../learner-error.ts';
import { showBytes } from '../show-bytes.ts';
import { m } from './head-messages.ts';
import { judgeReply, type Mistake } from './head-verdict.ts';
import type { Head } from './heads.ts';
import { ReferenceServer } from './reference-server.ts';

/** How long a head waits for its answer: far less than HEADER_TIMEOUT_MS, so a 408 comes late. */
const answerMs = 3000;
/** Heads in flight at once: enough to be quick, few enough for a busy machine. */
const width = 16;

interface Judged {
  head: Head;
  reference: number;
  reply: Reply;
  mistake: Mistake;
}

/**
 * Sends every head to node:http and to the learner's server, each on a connection of its own,
 * and fails with the first wrong answer the learner's server gave, named for a learner.
 */
export async function expectHeadsJudgedAsNodeDoes(
  server: ServerProcess,
  heads: readonly Head[],
): Promise<void> {
  const reference = await ReferenceServer.start();
  const statuses = new Map<Head, number>();
  try {
    await inParallel(heads.length, width, async (index) => {
      statuses.set(heads[index]!, await reference.statusFor(heads[index]!.text));
    });
  } finally {
    await reference.close();
  }
  const wrong: Judged[] = [];
  const sent: Head[] = [];
  await inParallel(
    heads.length,
    width,
    async (index) => {
      const head = heads[index]!;
      sent.push(head);
      const bytes = Buffer.from(head.text, 'latin1');
      const reply = await firstAnswer(server, bytes, answerMs);
      const mistake = reply && judgeReply(head.text, statuses.get(head)!, reply);
      if (reply && mistake) wrong.push({ head, reference: statuses.get(head)!, reply, mistake });
    },
    () => !server.isRunning,
  );
  // A crash closes connections and the port a moment before the process is seen to exit.
  await server.waitFor(() => !server.isRunning, wrong.length > 0 ? 500 : 0);
  if (!server.isRunning) {
    throw new LearnerError({
      message: m.stopped(server.describeState()),
      received: sent
        .slice(-width)
        .map((head) => showBytes(head.text))
        .join('\n'),
      hint: m.stoppedHint,
      output: server.outputTail(25),
    });
  }
  // The same failure on every run, and a head served that must be refused before anything else.
  const order = (judged: Judged) =>
    heads.indexOf(judged.head) - (judged.mistake.kind === 'accepted' ? heads.length : 0);
  const [first] = wrong.sort((a, b) => order(a) - order(b));
  if (first) throw failure(server, first, wrong.length);
}

function failure(server: ServerProcess, judged: Judged, count: number): LearnerError {
  const { head, reply, mistake } = judged;
  const told = explain(head, mistake);
  const more = count > 1 ? `\n${m.more(count)}` : '';
  return new LearnerError({
    message: told.message + more,
    ...(judged.reference === 400 ? { expected: 'HTTP/1.1 400 Bad Request\r\n…' } : {}),
    received: `${showBytes(head.text)}\n→\n${showBytes(reply.bytes.toString('latin1'), 200)}`,
    hint: told.hint,
    output: server.outputTail(),
  });
}

function explain(head: Head, mistake: Mistake): { message: string; hint: string } {
  switch (mistake.kind) {
    case 'accepted': {
      const flaw = head.flaw ?? 'other';
      return { message: m.accepted(mistake.status, m.flaws[flaw]), hint: m.flawHints[flaw] };
    }
    case 'refused': {
      const unserved = head.flaw === 'unsupportedVersion' ? 'otherVersion' : 'generated';
      const feature = m.features[head.feature ?? unserved];
      return { message: m.refused(mistake.status, feature), hint: m.refusedHint };
    }
    case 'serverError':
      return { message: m.serverError(mistake.status), hint: m.serverErrorHint };
    case 'silent':
      return { message: m.silent(answerMs / 1000), hint: m.silentHint };
    case 'closed':
      return { message: m.closed, hint: m.closedHint };
    case 'notHttp':
      return { message: m.notHttp, hint: m.notHttpHint };
  }
}
