import type { ServerProcess } from '../../harness/server-process.ts';
import { Connection } from '../../harness/clients/tcp-client.ts';

export interface SleepBatch {
  /** How many /sleep requests were sent at once. */
  concurrent: number;
  /** From the moment they were sent until the last answer was complete. */
  wallMs: number;
  /** What a server that runs `threads` requests at a time would take: ceil(N / threads) × SLEEP_MS. */
  idealMs: number;
  /** Requests answered with 200. */
  answered: number;
}

/** Sends `concurrent` /sleep requests at the same moment and times the whole batch. */
export async function sleepBatch(
  server: ServerProcess,
  concurrent: number,
  threads: number,
  sleepMs: number,
): Promise<SleepBatch> {
  const idealMs = Math.ceil(concurrent / threads) * sleepMs;
  // Every connection is open before the clock starts, so only the server's work is timed.
  const connections = await Promise.all(
    Array.from({ length: concurrent }, () => Connection.open(server)),
  );
  const request = `GET /sleep HTTP/1.1\r\nHost: ${server.address}\r\nConnection: close\r\n\r\n`;
  const start = performance.now();
  const replies = await Promise.all(
    connections.map(async (connection) => {
      await connection.write(request);
      const reply = await connection.readUntilClose(concurrent * sleepMs + 10_000);
      connection.destroy();
      return reply;
    }),
  );
  return {
    concurrent,
    wallMs: performance.now() - start,
    idealMs,
    answered: replies.filter((reply) => reply.text.startsWith('HTTP/1.1 200 ')).length,
  };
}
