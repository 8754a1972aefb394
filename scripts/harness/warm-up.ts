import { replyTimeoutMs } from './http/read-response.ts';
import type { ServerProcess } from './server-process.ts';
import { sendGet } from './timing.ts';

/**
 * Before a check times a reply: run again on a later step's server, whose replies come from a
 * pool of threads, it first waits for one answer to GET /. Threads start at their own pace, seconds
 * on a busy machine, and an earlier step's timing is about the reply, not about that start. On
 * the step's own server it does nothing.
 */
export async function warmUpLaterServer(server: ServerProcess): Promise<void> {
  if (!process.env.WORKBOOK_CHECKED_STEP) return;
  const { reply } = await sendGet(server, '/', replyTimeoutMs);
  await reply;
}
