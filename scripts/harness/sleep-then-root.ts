import { expectPage } from './http/page-check.ts';
import type { ServerProcess } from './server-process.ts';
import { sendGet, type TimedReply } from './timing.ts';

/**
 * Asks for /sleep, then for / once the server has taken the /sleep connection, so that the /sleep
 * is the first request it reads; expects both pages. Which ended first tells who blocked whom.
 */
export async function sleepThenRoot(
  server: ServerProcess,
  folder: string,
  patienceMs: number,
): Promise<{ sleepReply: TimedReply; rootReply: TimedReply }> {
  const accepted = server.accepted;
  const sleeping = await sendGet(server, '/sleep', patienceMs);
  // A busy machine may take seconds to accept: / sent before that may be read first.
  await server.waitFor(() => server.accepted > accepted, 10_000);
  const root = await sendGet(server, '/', patienceMs);
  const [sleepReply, rootReply] = await Promise.all([sleeping.reply, root.reply]);
  await expectPage(server, folder, sleepReply);
  await expectPage(server, folder, rootReply);
  return { sleepReply, rootReply };
}
