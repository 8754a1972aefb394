import { describe } from 'vitest';
import { expectBadRequestAnswered } from '../../scripts/harness/http/bad-request.ts';
import { expectHttpByHand } from '../../scripts/harness/http/http-by-hand.ts';
import { check } from '../../scripts/harness/learner-error.ts';
import { expectPage } from '../../scripts/harness/http/page-check.ts';
import { sleepThenRoot } from '../../scripts/harness/sleep-then-root.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import { warmUpLaterServer } from '../../scripts/harness/warm-up.ts';
import { exchange } from '../../scripts/harness/clients/tcp-client.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseResponse } from '../../scripts/harness/http/http-response.ts';
import { spunThroughout } from '../../scripts/harness/spinning-thread.ts';
import { askingToClose, firstByteAfter, sendGet, took } from '../../scripts/harness/timing.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
// Short enough for quick checks, long enough to tower over the delays of a busy machine.
const sleepMs = 500;
const env = { SLEEP_MS: String(sleepMs) };
const patienceMs = sleepMs + 8000;

describe('step 5', () => {
  test(m.answersSleepAfterSleepMs.name, async ({ launch, target }) => {
    const t = m.answersSleepAfterSleepMs;
    const server = await launch({ env });
    await warmUpLaterServer(server);
    // GET / itself is answered as in step 4: its page comes with its length and its type.
    const root = await (await sendGet(server, '/', patienceMs)).reply;
    const ofRoot = parseResponse(root.bytes);
    for (const name of ['content-length', 'content-type']) {
      check(!ofRoot || ofRoot.headers.has(name), () => ({
        message: t.rootLost(name),
        hint: t.rootLostHint,
      }));
    }
    const reply = await (await sendGet(server, '/sleep', patienceMs)).reply;
    // Silence for many times SLEEP_MS: the setting is read, but not as milliseconds.
    check(reply.ended !== 'timeout' || reply.bytes.length > 0 || !server.isRunning, () => ({
      message: t.stillSleeping(Math.round(took(reply) / 1000), sleepMs),
      hint: t.ignoresSettingHint,
      output: server.outputTail(),
    }));
    await expectPage(server, target.folder, reply);
    // The answer must wait for the sleep: a page sent first and a connection closed late pass
    // for slow only to a client that waits for the close.
    const answeredAfter = firstByteAfter(reply);
    check(answeredAfter >= sleepMs * 0.95 || took(reply) < sleepMs * 0.95, () => ({
      message: t.sentBeforeSleep(answeredAfter, took(reply)),
      hint: t.sentBeforeSleepHint,
      output: server.outputTail(),
    }));
    check(took(reply) >= sleepMs * 0.95, () => ({
      message: t.tooSoon(took(reply), sleepMs),
      hint: t.tooSoonHint,
      output: server.outputTail(),
    }));
    check(took(reply) < sleepMs + 4000, () => ({
      message: t.ignoresSetting(took(reply), sleepMs),
      hint: t.ignoresSettingHint,
    }));
    // 0 is a setting too: a server that takes it for "not set" sleeps the default 5 s. The first
    // /sleep may wait for a later step's pool to start its thread: the second one is timed.
    const zero = await launch({ env: { SLEEP_MS: '0', POOL_SIZE: '1' } });
    await (
      await sendGet(zero, '/sleep', patienceMs)
    ).reply;
    const atOnce = await (await sendGet(zero, '/sleep', patienceMs)).reply;
    check(took(atOnce) < 4000, () => ({
      message: t.zeroIgnored(took(atOnce)),
      hint: t.zeroIgnoredHint,
    }));
    // "Then answer exactly as for GET /": the same head, the page already checked above.
    const ofSleep = parseResponse(reply.bytes)!;
    check(ofSleep.statusLine === ofRoot?.statusLine, () => ({
      message: t.otherStatusLine(ofSleep.statusLine, ofRoot?.statusLine ?? '—'),
      hint: t.otherHeadHint,
    }));
    for (const name of ['content-length', 'content-type', 'connection']) {
      const [sleep, ofGet] = [ofSleep.headers.get(name), ofRoot?.headers.get(name)];
      check(sleep === ofGet, () => ({
        message: t.otherHead(name, sleep, ofGet),
        hint: t.otherHeadHint,
      }));
    }
  });

  test(m.answersRootOnlyAfterSleep.name, async ({ launch, target }) => {
    const server = await launch({ env });
    const { sleepReply, rootReply } = await sleepThenRoot(server, target.folder, patienceMs);
    const aheadBy = Math.round(sleepReply.endedAt - rootReply.endedAt);
    check(aheadBy < sleepMs / 4, () => ({
      message: m.answersRootOnlyAfterSleep.early(aheadBy),
      hint: m.answersRootOnlyAfterSleep.earlyHint,
    }));
  });

  test(m.answersRootAtOnceWhenIdle.name, async ({ server, target }) => {
    // Without SLEEP_MS the server sleeps 5 s: a GET / that sleeps too cannot hide.
    await warmUpLaterServer(server);
    const reply = await (await sendGet(server, '/', patienceMs)).reply;
    await expectPage(server, target.folder, reply);
    check(took(reply) < 2500, () => ({
      message: m.answersRootAtOnceWhenIdle.slow(took(reply)),
      hint: m.answersRootAtOnceWhenIdle.slowHint,
    }));
  });

  test(m.sleepsFiveSecondsByDefault.name, async ({ server, target }) => {
    const t = m.sleepsFiveSecondsByDefault;
    const sent = await sendGet(server, '/sleep', 5000 + patienceMs);
    // Five seconds leave room for many looks at the server's threads, even on a busy machine.
    const { value: reply, spun } = await spunThroughout(server.pid, sent.reply);
    check(reply.ended !== 'timeout' || reply.bytes.length > 0, () => ({
      message: t.never(Math.round(took(reply) / 1000)),
      hint: t.wrongDefaultHint,
    }));
    await expectPage(server, target.folder, reply);
    check(took(reply) >= 4750 && took(reply) < 9000, () => ({
      message: t.wrongDefault(took(reply)),
      hint: t.wrongDefaultHint,
    }));
    // Where the system tells a thread's state (Linux): a sleeping thread is not ready to run.
    check(spun !== true, () => ({ message: t.busy(5000), hint: t.busyHint }));
  });

  test(m.readsSleepMsOnce.name, async ({ target }) => {
    const t = m.readsSleepMsOnce;
    // respond.ts loaded afresh with one setting, then asked for /sleep once it says another.
    const setting = process.env.SLEEP_MS;
    try {
      process.env.SLEEP_MS = '50';
      const url = `${pathToFileURL(join(target.folder, 'respond.ts')).href}?sleep-ms-once`;
      const { respond } = (await import(url)) as { respond: (request: unknown) => unknown };
      process.env.SLEEP_MS = '3000';
      // As every step's parseRequest() gives it; `path` is step 8's.
      const request = { method: 'GET', target: '/sleep', path: '/sleep', version: 'HTTP/1.1' };
      const started = performance.now();
      await respond({ ...request, headers: { host: 'localhost' } });
      const tookMs = Math.round(performance.now() - started);
      check(tookMs < 1500, () => ({ message: t.perRequest(tookMs), hint: t.hint }));
    } finally {
      if (setting === undefined) delete process.env.SLEEP_MS;
      else process.env.SLEEP_MS = setting;
    }
  });

  test(m.answersBadRequest.name, async ({ server }) => {
    await expectBadRequestAnswered(server);
  });

  test(m.answersLookalikesOfSleepWith404.name, async ({ launch, target }) => {
    const t = m.answersLookalikesOfSleepWith404;
    // A long sleep: a 404 that waits for it first stands out even on a busy machine.
    const longSleepMs = 3000;
    const server = await launch({ env: { SLEEP_MS: String(longSleepMs) } });
    await warmUpLaterServer(server);
    const pages = {
      hello: readFileSync(join(target.folder, 'hello.html')),
      notFound: readFileSync(join(target.folder, '404.html')),
    };
    // Only the target /sleep sleeps: /sleepy and /sleep/ are other targets, and so is /sleep with
    // a query, as / with a query is not / in step 4.
    for (const path of ['/sleepy', '/sleep/', '/sleep?seconds=2']) {
      const reply = await (await sendGet(server, path, patienceMs)).reply;
      const response = parseResponse(reply.bytes);
      const notFound = response?.status === 404 && response.body.equals(pages.notFound);
      check(notFound, () => ({
        message: response
          ? t.wrongAnswer(path, response.statusLine, took(reply))
          : t.noAnswer(path),
        expected: `HTTP/1.1 404 Not Found\r\n…\r\n\r\n${pages.notFound.toString('utf8')}`,
        received: reply.text,
        hint: t.hint,
        output: server.outputTail(),
      }));
      check(took(reply) < longSleepMs / 2, () => ({
        message: t.slept(path, took(reply)),
        hint: t.sleptHint,
      }));
    }
  });

  test(m.answersPostSleepWith404Or405.name, async ({ server }) => {
    const t = m.answersPostSleepWith404Or405;
    const post = `POST /sleep HTTP/1.1\r\nHost: ${server.address}\r\nContent-Length: 0\r\n\r\n`;
    const startedAt = performance.now();
    // Long enough for a server that sleeps the default 5 s on it, so that it is told why.
    const reply = await exchange(server, askingToClose(post), { timeoutMs: 5000 + patienceMs });
    const tookMs = performance.now() - startedAt;
    const response = parseResponse(reply.bytes);
    check(response?.status === 404 || response?.status === 405, () => ({
      message: response ? t.wrongAnswer(response.statusLine, tookMs) : t.noAnswer,
      received: reply.text,
      hint: t.hint,
      output: server.outputTail(),
    }));
    // This server sleeps the default 5 s on GET /sleep: half of that is far more than a 404 takes.
    check(tookMs < 2500, () => ({ message: t.slept(tookMs), hint: t.hint }));
  });

  test(m.buildsOnNetAlone.name, ({ target }) => {
    expectHttpByHand(target.folder, target.files);
  });
});
