import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import {
  browserCheckRuns,
  browserLeftOutNote,
  browserProgram,
  openInBrowser,
} from '../../scripts/harness/clients/browser.ts';
import { m as clients } from '../../scripts/harness/clients/client-messages.ts';
import { explainedByRawCheck } from '../../scripts/harness/http/http-checks.ts';
import { runsHere } from '../../scripts/harness/clients/installed-programs.ts';
import { check } from '../../scripts/harness/learner-error.ts';
import {
  curlFrom,
  curlProgram,
  fetchFrom,
  type ClientResponse,
} from '../../scripts/harness/clients/real-clients.ts';
import type { ServerProcess } from '../../scripts/harness/server-process.ts';
import { stepTest } from '../../scripts/harness/step-test.ts';
import type { Target } from '../../scripts/harness/target.ts';
import { m } from './messages.ts';

const test = stepTest(import.meta.url);

function expectPage(client: string, got: ClientResponse, server: ServerProcess, target: Target) {
  const page = (name: string) => readFileSync(join(target.folder, name));
  const hello = page('hello.html');
  check(got.status === 200, () => ({
    message: m.clientStatus(client, got.status),
    hint: m.clientStatusHint,
    output: server.outputTail(),
  }));
  check(!got.body.equals(page('404.html')), () => ({
    message: m.servesHelloHtmlOnRoot.served404,
    hint: m.servesHelloHtmlOnRoot.bodyHint,
    output: server.outputTail(),
  }));
  check(got.body.equals(hello), () => ({
    message: m.clientBody(client),
    expected: hello.toString('utf8'),
    received: got.body.toString('utf8'),
    hint: m.clientBodyHint,
    output: server.outputTail(),
  }));
}

describe('step 4, with real clients', () => {
  test(m.fetchGetsPage.name, async ({ server, target, annotate }) => {
    // The checks below run only where their program is installed: say so when one is not.
    if (!runsHere(curlProgram)) await annotate(clients.curlMissingNote, 'notice');
    if (!browserCheckRuns) await annotate(browserLeftOutNote, 'notice');
    await explainedByRawCheck(server, '/', async () =>
      expectPage('fetch', await fetchFrom(server, '/'), server, target),
    );
  });

  if (runsHere(curlProgram)) {
    test(m.curlGetsPage.name, async ({ server, target }) => {
      check(curlProgram, () => ({
        message: clients.ciCurlMissing,
        hint: clients.ciCurlMissingHint,
      }));
      await explainedByRawCheck(server, '/', async () =>
        expectPage('curl', await curlFrom(server, '/'), server, target),
      );
    });
  }

  if (browserCheckRuns) {
    // A browser starts slowly on a busy machine; its own timeouts still catch a server that hangs.
    test(m.browserShowsPage.name, { timeout: 45_000 }, async ({ server }) => {
      const t = m.browserShowsPage;
      check(browserProgram, () => ({
        message: clients.ciBrowserMissing,
        hint: clients.ciBrowserMissingHint,
      }));
      await explainedByRawCheck(server, '/', async () => {
        const shown = await openInBrowser(server, '/');
        const fail = (message: string) => ({ message, hint: t.hint, output: server.outputTail() });
        check(shown.status === 200, () => fail(t.status(shown.status)));
        const html = /^text\/html\b/i.test(shown.contentType ?? '');
        check(html || shown.heading !== null, () => fail(t.notHtml(shown.contentType)));
        check(shown.heading === 'Hello!', () => fail(t.heading(shown.heading)));
      });
    });
  }
});
