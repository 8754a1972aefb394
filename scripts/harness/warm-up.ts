import { replyTimeoutMs } from './http/read-response.ts';
import type { ServerProcess } from './server-process.ts';
import { sendGet } from './timing.ts';

/** Longer than the slowest first answer: a pool thread's start, then a /sleep of 5 s. */
const patienceMs = replyTimeoutMs + 5000;

/**
 * Before a check times a reply: run again on a later step's server, which gives GET / (steps 6
 * and 7) or /sleep (from step 8) to a pool of threads, it first waits for one answer to each.
 * Threads start at their own pace, seconds on a busy machine, and an earlier step's timing is
 * about the reply, not about that start. On the step's own server it does nothing.
 */
export async function warmUpLaterServer(server: ServerProcess): Promise<void> {
  if (!process.env.WORKBOOK_CHECKED_STEP) return;
  for (const path of ['/', '/sleep']) {
    const { reply } = await sendGet(server, path, patienceMs);
    await reply;
  }
}
