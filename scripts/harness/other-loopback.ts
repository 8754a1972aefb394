import { once } from 'node:events';
import { createServer } from 'node:net';

/**
 * A loopback address other than 127.0.0.1 that a server may listen on here: Linux and Windows
 * answer on the whole of 127.0.0.0/8, macOS on ::1 alone. Undefined where neither works.
 */
export async function otherLoopback(): Promise<string | undefined> {
  for (const host of ['127.0.0.2', '::1']) {
    const server = createServer();
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(0, host, () => resolve(true));
    });
    if (!listening) continue;
    server.close();
    await once(server, 'close');
    return host;
  }
  return undefined;
}
