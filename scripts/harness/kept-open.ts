import { check } from './learner-error.ts';
import { saysClose, splitResponses } from './http/responses.ts';
import { startServer, type ServerProcess } from './server-process.ts';
import { showBytes } from './show-bytes.ts';
import { Connection } from './clients/tcp-client.ts';
import { getRequest } from './timing.ts';

/**
 * One server for the checks of a file, started on first use and again if a check left it
 * stopped (each start costs seconds on a busy machine); `stop()` for the file's afterAll.
 */
export function sharedServer(folder: string, env: Record<string, string>) {
  let started: Promise<ServerProcess> | undefined;
  return {
    async get(): Promise<ServerProcess> {
      const running = await started;
      if (running?.isRunning) return running;
      started = startServer({ folder, env });
      return started;
    },
    async stop(): Promise<void> {
      await (await started)?.stop();
    },
  };
}

/**
 * A connection that has had one answer to GET / and is kept open, waiting for its next request.
 * Fails with `closed` when the server closed it, or said it would.
 */
export async function keptOpenConnection(
  server: ServerProcess,
  closed: { message: string; hint: string },
  patienceMs: number,
): Promise<Connection> {
  const connection = await Connection.open(server);
  await connection.write(getRequest(server, '/'));
  const answered = await connection.waitForReceived(
    (bytes) => splitResponses(bytes).length === 1,
    patienceMs,
  );
  const [response] = splitResponses(connection.received());
  check(answered && !connection.ended && !saysClose(response!), () => ({
    ...closed,
    received: showBytes(connection.received(), 400),
    output: server.outputTail(),
  }));
  return connection;
}
