import { crashAdvice } from './crash-advice.ts';
import { LearnerError } from './learner-error.ts';
import { expectPage } from './http/page-check.ts';
import type { ServerProcess } from './server-process.ts';
import { sendGet } from './timing.ts';

export interface Ordeal {
  /** What the server went through, and what to say if it did not survive it. */
  died: (how: string) => string;
  hint: string;
}

/** Fails unless the server, after `ordeal`, still runs and still answers GET / with hello.html. */
export async function expectStillServing(
  server: ServerProcess,
  folder: string,
  ordeal: Ordeal,
): Promise<void> {
  const died = () =>
    new LearnerError({
      message: ordeal.died(server.describeState()),
      hint: [crashAdvice(server.output()), ordeal.hint].filter(Boolean).join(' '),
      output: server.outputTail(25),
    });
  // A crash closes connections and the port a moment before the process is seen to exit.
  const exited = () => server.waitFor(() => !server.isRunning, 1000);
  if (!server.isRunning) throw died();
  const sent = await sendGet(server, '/', 12_000).catch(async (error: unknown) => {
    throw (await exited()) ? died() : error;
  });
  const reply = await sent.reply;
  if (reply.bytes.length === 0) await exited();
  if (!server.isRunning) throw died();
  await expectPage(server, folder, reply);
}
