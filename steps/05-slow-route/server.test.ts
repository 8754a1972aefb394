import { describe } from 'vitest';
import { expectBadRequestAnswered } from '../../scripts/harness/http/bad-request.ts';
import { expectHttpByHand } from '../../scripts/harness/http/http-by-hand.ts';
import { check } from '../../scripts/harness/learner-error.ts';
import { expectPage } from '../../scripts/harness/http/page-check.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { sendGet, took } from '../../scripts/harness/timing.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
// Short enough for quick checks, long enough to tower over the delays of a busy machine.
const sleepMs = 500;
const env = { SLEEP_MS: String(sleepMs) };
const patienceMs = sleepMs + 8000;

describe('step 5', () => {
  test(m.sleeps.name, async ({ launch, target }) => {
    const t = m.sleeps;
    const server = await launch({ env });
    const reply = await (await sendGet(server, '/sleep', patienceMs)).reply;
    await expectPage(server, target.folder, reply);
    check(took(reply) >= sleepMs * 0.95, () => ({
      message: t.tooSoon(took(reply), sleepMs),
      hint: t.tooSoonHint,
      output: server.outputTail(),
    }));
    check(took(reply) < sleepMs + 4000, () => ({
      message: t.ignoresSetting(took(reply), sleepMs),
      hint: t.ignoresSettingHint,
    }));
  });

  test(m.blocksOthers.name, async ({ launch, target }) => {
    const server = await launch({ env });
    const accepted = server.accepted;
    const sleeping = await sendGet(server, '/sleep', patienceMs);
    // Once the server has taken the /sleep connection, its request is the first one it reads.
    await server.waitFor(() => server.accepted > accepted, 2000);
    const root = await sendGet(server, '/', patienceMs);
    const [sleepReply, rootReply] = await Promise.all([sleeping.reply, root.reply]);
    await expectPage(server, target.folder, sleepReply);
    await expectPage(server, target.folder, rootReply);
    const aheadBy = Math.round(sleepReply.endedAt - rootReply.endedAt);
    check(aheadBy < sleepMs / 4, () => ({
      message: m.blocksOthers.early(aheadBy),
      hint: m.blocksOthers.earlyHint,
    }));
  });

  test(m.fastAlone.name, async ({ server, target }) => {
    // Without SLEEP_MS the server sleeps 5 s: a GET / that sleeps too cannot hide.
    const reply = await (await sendGet(server, '/', patienceMs)).reply;
    await expectPage(server, target.folder, reply);
    check(took(reply) < 2500, () => ({
      message: m.fastAlone.slow(took(reply)),
      hint: m.fastAlone.slowHint,
    }));
  });

  test(m.sleepsByDefault.name, async ({ server, target }) => {
    const t = m.sleepsByDefault;
    const reply = await (await sendGet(server, '/sleep', 5000 + patienceMs)).reply;
    check(reply.ended !== 'timeout' || reply.bytes.length > 0, () => ({
      message: t.never(Math.round(took(reply) / 1000)),
      hint: t.wrongDefaultHint,
    }));
    await expectPage(server, target.folder, reply);
    check(took(reply) >= 4750 && took(reply) < 9000, () => ({
      message: t.wrongDefault(took(reply)),
      hint: t.wrongDefaultHint,
    }));
  });

  test(m.answersBadRequest.name, async ({ server }) => {
    await expectBadRequestAnswered(server);
  });

  test(m.byHand.name, ({ target }) => {
    expectHttpByHand(target.folder, target.files);
  });
});
