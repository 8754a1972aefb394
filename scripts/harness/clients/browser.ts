import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { m } from './client-messages.ts';
import { findProgram, runsHere } from './installed-programs.ts';
import { LearnerError } from '../learner-error.ts';
import type { ServerProcess } from '../server-process.ts';

// Flags for a quiet, throwaway browser: no GPU, no sandbox (containers and CI run as root), and
// none of the background traffic that would slow the start or reach the network.
const quietFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function findBrowser(): string | undefined {
  const chosen = process.env.WORKBOOK_BROWSER?.trim();
  if (chosen) return chosen === 'none' ? undefined : chosen;
  const installed = findProgram([
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ]);
  return installed ?? downloadedBrowser();
}

/** The browser `npx playwright-core install chromium` downloads, if a learner did that. */
function downloadedBrowser(): string | undefined {
  // Loading playwright-core takes most of a second: only when no browser is installed.
  const { chromium } = playwright();
  const downloaded = chromium.executablePath();
  return existsSync(downloaded) ? downloaded : undefined;
}

const playwright = () =>
  createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');

// Watch mode re-runs a step on every save: a browser's start would take most of each run.
const watching = process.env.WORKBOOK_WATCH === '1';

/** The Chromium-based browser the checks can drive here, or undefined when there is none. */
export const browserProgram = watching ? undefined : findBrowser();

/** Whether the check in a real browser runs in this run (see runsHere); never in watch mode. */
export const browserCheckRuns = !watching && runsHere(browserProgram);

/** Why the check in a real browser was left out of this run, when it was. */
export const browserLeftOutNote = watching ? m.browserWatchNote : m.browserMissingNote;

export interface ShownPage {
  status: number | undefined;
  contentType: string | undefined;
  /** The text of the page's first <h1>, as the browser shows it. */
  heading: string | null;
}

/** Opens a page of the learner's server in a headless browser, as a visitor would. */
export async function openInBrowser(server: ServerProcess, path: string): Promise<ShownPage> {
  let browser: Browser;
  try {
    browser = await playwright().chromium.launch({
      executablePath: browserProgram!,
      args: quietFlags,
    });
  } catch (error) {
    const firstLine = (error as Error).message.split('\n')[0]!;
    throw new LearnerError({
      message: m.browserWontStart(firstLine),
      hint: m.browserWontStartHint,
    });
  }
  try {
    const page = await browser.newPage();
    // A page whose body breaks the rules never fires 'load': its failed request says why at once.
    const failed = new Promise<never>((_, reject) =>
      page.on('requestfailed', (request) => {
        if (request.isNavigationRequest()) reject(new Error(request.failure()?.errorText));
      }),
    );
    const url = `http://${server.address}${path}`;
    const response = await Promise.race([page.goto(url, { timeout: 15_000 }), failed]);
    const heading = (await page.evaluate(
      "document.querySelector('h1')?.textContent?.trim() ?? null",
    )) as string | null;
    const contentType = response?.headers()['content-type'];
    return { status: response?.status(), contentType, heading };
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!;
    const code = /net::(ERR_\w+)/.exec(message)?.[1] ?? (/timeout/i.test(message) ? 'timeout' : '');
    const hints: Record<string, string> = m.browserErrorHints;
    throw new LearnerError({
      message: m.browserFailed(message),
      hint: hints[code] ?? m.strictHint,
      output: server.outputTail(),
    });
  } finally {
    await browser.close();
  }
}
