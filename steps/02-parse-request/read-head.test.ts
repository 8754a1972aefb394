import { describe } from 'vitest';
import { socketPair } from '../../scripts/harness/clients/socket-pair.ts';
import { check } from '../../scripts/harness/learner-error.ts';
import { importLearnerModule } from '../../scripts/harness/learner-module.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import type * as Learner from './request.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);
const load = (folder: string) => importLearnerModule<typeof Learner>(folder, 'request.ts');
const head = 'GET / HTTP/1.1\r\nHost: example.test\r\nAccept: */*';
const body = 'name=value\r\nmore: not a header';
// Long enough for a loopback write to arrive many times over on a busy machine.
const patienceMs = 2000;

type Outcome = { state: 'resolved'; value: unknown } | { state: 'rejected' | 'pending' };

/** How the learner's promise stands after `ms`; an unfinished starter's TODO error goes through. */
const settled = (promise: Promise<unknown>, ms: number): Promise<Outcome> =>
  Promise.race([
    promise.then(
      (value) => ({ state: 'resolved' as const, value }),
      (error: unknown) => {
        if (/TODO\(step \d+\)/.test(String(error))) throw error;
        return { state: 'rejected' as const };
      },
    ),
    new Promise<Outcome>((resolve) => setTimeout(() => resolve({ state: 'pending' }), ms)),
  ]);

describe('readHead', () => {
  test(m.resolvesWithHeadAlone.name, async ({ target }) => {
    const t = m.resolvesWithHeadAlone;
    const { readHead } = await load(target.folder);
    const pair = await socketPair();
    try {
      const listening = pair.accepted.listenerCount('data');
      const reading = settled(readHead(pair.accepted), patienceMs);
      // The head and the start of a body in one write: what a client sending a form does.
      pair.client.write(`${head}\r\n\r\n${body}`);
      const result = await reading;
      check(result.state === 'resolved', () => ({
        message: result.state === 'pending' ? t.pending : t.rejected,
        hint: t.pendingHint,
      }));
      const value = result.state === 'resolved' ? result.value : undefined;
      // Trailing line breaks are left to the learner: what matters is where the head stops.
      check(typeof value === 'string' && value.replace(/(\r?\n)+$/, '') === head, () => ({
        message: typeof value === 'string' && value.includes(body) ? t.withBody : t.wrongHead,
        expected: JSON.stringify(head),
        received: JSON.stringify(value),
        hint: t.wrongHeadHint,
      }));
      // The server writes its response on this socket next: reading the head must not end it.
      check(!pair.accepted.destroyed, () => ({ message: t.destroyed, hint: t.destroyedHint }));
      check(!pair.accepted.writableEnded, () => ({ message: t.ended, hint: t.endedHint }));
      const left = pair.accepted.listenerCount('data') - listening;
      check(left <= 0, () => ({ message: t.stillListening(left), hint: t.stillListeningHint }));
    } finally {
      pair.close();
    }
  });

  test(m.resolvesUndefinedWhenClientLeaves.name, async ({ target }) => {
    const t = m.resolvesUndefinedWhenClientLeaves;
    const { readHead } = await load(target.folder);
    for (const leave of ['close', 'reset'] as const) {
      const pair = await socketPair();
      try {
        const reading = settled(readHead(pair.accepted), patienceMs);
        // The part must have arrived before the client leaves, or a reset would overtake it.
        const arrived = new Promise((resolve) => pair.accepted.once('data', resolve));
        pair.client.write('GET / HTTP/1.1\r\nHost: example.test\r\n');
        await arrived;
        if (leave === 'close') pair.client.end();
        else pair.client.resetAndDestroy();
        const result = await reading;
        check(result.state !== 'pending', () => ({
          message: t.pending(leave),
          hint: leave === 'close' ? t.pendingHint : t.resetHint,
        }));
        check(result.state === 'resolved' && result.value === undefined, () => ({
          message: t.notUndefined(
            leave,
            result.state === 'resolved' ? String(JSON.stringify(result.value)) : t.anError,
          ),
          hint: t.notUndefinedHint,
        }));
      } finally {
        pair.close();
      }
    }
  });
});
