import { Connection } from '../../harness/clients/tcp-client.ts';
import type { ServerProcess } from '../../harness/server-process.ts';

/** Whether a response head closes its connection: its Connection header lists `close`. */
export function saysClose(head: string): boolean {
  const options = /^connection:([^\r\n]*)/im.exec(head)?.[1] ?? '';
  return options.split(',').some((option) => option.trim().toLowerCase() === 'close');
}

/**
 * Asks the server for GET / as HTTP/1.1 clients do, without `Connection: close`, and reads
 * whether its answer keeps the connection open: only such a server is measured with keep-alive.
 */
export async function keepsAlive(server: ServerProcess): Promise<boolean> {
  try {
    const connection = await Connection.open(server);
    await connection.write(`GET / HTTP/1.1\r\nHost: ${server.address}\r\n\r\n`);
    const ended = (bytes: Buffer) => bytes.includes('\r\n\r\n');
    const answered = await connection.waitForReceived(ended, 5000);
    connection.destroy();
    const head = connection.received().toString('latin1').split('\r\n\r\n')[0]!;
    return answered && head.startsWith('HTTP/1.1 200 ') && !saysClose(head);
  } catch {
    // A server that refuses the connection is reported by the measures that follow.
    return false;
  }
}
