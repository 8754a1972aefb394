import type { ServerProcess } from './server-process.ts';
import { Connection, type Reply } from './clients/tcp-client.ts';

/**
 * A reply, and when its request left, its first byte came back, and its connection ended: ms on
 * the test's own clock.
 */
export interface TimedReply extends Reply {
  path: string;
  sentAt: number;
  /** Undefined when nothing came back, or when the check did not time it. */
  firstByteAt?: number | undefined;
  endedAt: number;
}

/** A request that has left, its reply still on the way: a check may send others meanwhile. */
export interface InFlight {
  path: string;
  sentAt: number;
  reply: Promise<TimedReply>;
}

export const getRequest = (server: ServerProcess, path: string) =>
  `GET ${path} HTTP/1.1\r\nHost: ${server.address}\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\n\r\n`;

/**
 * A whole head with `Connection: close` added (unless it says Connection already): a server that
 * keeps connections open, as from step 9, closes this one once it has answered. Checks that read
 * a reply until the connection ends send it, so that they hold for such a server too.
 */
export const askingToClose = (head: string) =>
  /\r\nconnection:/i.test(head) || !head.endsWith('\r\n\r\n')
    ? head
    : `${head.slice(0, -2)}Connection: close\r\n\r\n`;

/** curl's request, asking the server to close the connection once it has answered. */
export const closingRequest = (server: ServerProcess, path: string) =>
  askingToClose(getRequest(server, path));

/** What a check sends for a path: `closingRequest`, or curl's own request to keep it open. */
export type RequestFor = (server: ServerProcess, path: string) => string;

/** Sends `GET path` on a new connection and starts reading the reply until the server closes it. */
export async function sendGet(
  server: ServerProcess,
  path: string,
  timeoutMs: number,
  request: RequestFor = closingRequest,
): Promise<InFlight> {
  const connection = await Connection.open(server);
  await connection.write(request(server, path));
  const sentAt = performance.now();
  const reply = connection
    .readUntilClose(timeoutMs)
    .then((reply) => {
      const firstByteAt = connection.firstDataAt;
      return { ...reply, path, sentAt, firstByteAt, endedAt: performance.now() };
    })
    .finally(() => connection.destroy());
  return { path, sentAt, reply };
}

/** Sends the requests at once, each on its own connection, and waits for every reply. */
export async function getAtOnce(
  server: ServerProcess,
  paths: readonly string[],
  timeoutMs: number,
  request: RequestFor = closingRequest,
): Promise<TimedReply[]> {
  const sent = await Promise.all(paths.map((path) => sendGet(server, path, timeoutMs, request)));
  return Promise.all(sent.map((inFlight) => inFlight.reply));
}

/** Replies in the order their connections ended. */
export const byEnd = (replies: readonly TimedReply[]) =>
  [...replies].sort((a, b) => a.endedAt - b.endedAt);

/** How long a request took, from sending it to the end of its reply, rounded to a millisecond. */
export const took = (reply: TimedReply) => Math.round(reply.endedAt - reply.sentAt);

/** How long the server took to begin its answer, from sending the request to its first byte. */
export const firstByteAfter = (reply: TimedReply) =>
  Math.round((reply.firstByteAt ?? reply.endedAt) - reply.sentAt);
