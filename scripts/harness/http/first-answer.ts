import type { ServerProcess } from '../server-process.ts';
import { Connection, type Reply } from '../clients/tcp-client.ts';
import { saysClose, splitResponses } from './responses.ts';

/**
 * Whether `bytes` begin with a whole response after which the connection may stay open, as a
 * server that keeps connections open (from step 9) leaves it: one that does not say
 * Connection: close, and not a 400, after which the stream cannot be trusted.
 */
export function answeredKeepingOpen(bytes: Buffer): boolean {
  const [response] = splitResponses(bytes);
  return response !== undefined && response.status !== 400 && !saysClose(response);
}

/**
 * Sends `bytes` on a connection of its own, and reads the reply until the server closes the
 * connection or, keeping it open, has answered: a check then need not wait for a close that a
 * server keeping connections open never makes. Undefined if the server refuses the connection.
 */
export async function firstAnswer(
  server: ServerProcess,
  bytes: string | Buffer,
  timeoutMs: number,
): Promise<Reply | undefined> {
  const connection = await Connection.open(server).catch(() => undefined);
  if (!connection) return undefined;
  const sent = performance.now();
  try {
    await connection.write(bytes);
    await connection.waitForReceived((received) => splitResponses(received).length > 0, timeoutMs);
    const open = !connection.ended && answeredKeepingOpen(connection.received());
    const left = timeoutMs - (performance.now() - sent);
    return await connection.readUntilClose(open ? 0 : Math.max(0, left));
  } finally {
    connection.destroy();
  }
}
