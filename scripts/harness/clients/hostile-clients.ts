import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServerProcess } from '../server-process.ts';
import { Connection, type Reply } from './tcp-client.ts';

/** Runs `task(0)` … `task(count - 1)`, at most `width` at a time, until done or `enough()`. */
export async function inParallel(
  count: number,
  width: number,
  task: (index: number) => Promise<void>,
  enough: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count && !enough()) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, lane));
}

/** Resolves with `promise`'s value, or with `fallback` once `ms` have passed. */
const within = <T>(promise: Promise<T>, ms: number, fallback: T) =>
  Promise.race([promise, sleep(ms, fallback)]);

export interface EndlessHead extends Reply {
  /** Bytes of head the server took before it ended the connection (or stopped reading). */
  sent: number;
}

// Generous: with a hundred of these at once on a busy machine, a server that does close every
// connection may take seconds to get to some of them.
const stalledMs = 5000;

/**
 * Sends a request line and then header lines that never end with the empty line, up to `upTo`
 * bytes, and reads what comes back. A server that stops reading without ending the connection
 * stalls the writes: after a few seconds the client gives up and reports what it saw.
 */
export async function sendEndlessHead(server: ServerProcess, upTo: number): Promise<EndlessHead> {
  // A server that has just crashed refuses the connection: the check then finds it stopped.
  const connection = await Connection.open(server).catch(() => undefined);
  if (!connection) return { bytes: Buffer.alloc(0), text: '', ended: 'reset', sent: 0 };
  const piece = `X-Padding: ${'a'.repeat(1000)}\r\n`.repeat(16);
  try {
    await connection.write(`GET / HTTP/1.1\r\nHost: ${server.address}\r\n`);
    const sent = await writeAgainAndAgain(connection, piece, (sent) =>
      sent < upTo ? stalledMs : 0,
    );
    return { ...(await connection.readUntilClose(stalledMs)), sent };
  } finally {
    connection.destroy();
  }
}

/**
 * Writes `piece` again and again while the connection is open, each write given the time
 * `patience(sent so far)` allows (none: stop). A server that stops reading leaves a write
 * waiting until that time is up. Returns how many bytes the server took.
 */
async function writeAgainAndAgain(
  connection: Connection,
  piece: string,
  patience: (sent: number) => number,
): Promise<number> {
  let sent = 0;
  for (let ms = patience(0); ms > 0 && !connection.ended; ms = patience(sent)) {
    if (
      !(await within(
        connection.write(piece).then(() => true),
        ms,
        false,
      ))
    )
      break;
    sent += piece.length;
  }
  return sent;
}

/**
 * Sends `first`, then `next` again and again, as fast as the connection takes them, for `ms`: a
 * client that pipelines faster than it is answered. Returns how many bytes the server took.
 */
export async function floodPipelined(
  server: ServerProcess,
  first: string,
  next: string,
  ms: number,
): Promise<number> {
  const connection = await Connection.open(server).catch(() => undefined);
  if (!connection) return 0;
  const piece = next.repeat(Math.ceil((64 * 1024) / next.length));
  const until = performance.now() + ms;
  try {
    await connection.write(first);
    return await writeAgainAndAgain(connection, piece, () => until - performance.now());
  } finally {
    connection.destroy();
  }
}

export interface Dribble {
  /** How the server ended the dribbling: an answer then a close, a reset, or not at all. */
  ended: 'closed' | 'reset' | 'timeout';
  /** What the server sent back, if anything. */
  text: string;
  afterMs: number;
  /** The server closed its side but took the bytes that kept coming, with the socket still open. */
  stillReading: boolean;
}

/**
 * Sends `first`, by default the start of a head, then one more byte every `pauseMs`, as a
 * slowloris attack does. It keeps sending after the server's close, as such a client may: a
 * server that closed only its own side keeps taking the bytes, while one that closed the
 * connection resets it.
 */
export function dribble(
  server: ServerProcess,
  pauseMs: number,
  giveUpMs: number,
  first = `GET / HTTP/1.1\r\nHost: ${server.address}\r\nX-Slow: `,
) {
  return new Promise<Dribble>((resolve) => {
    const start = performance.now();
    const socket = connect({ port: server.port, host: server.host, allowHalfOpen: true });
    const received: Buffer[] = [];
    let closedAt: number | undefined;
    const finish = (ended: Dribble['ended'], stillReading = false) => {
      clearInterval(dripping);
      socket.destroy();
      const text = Buffer.concat(received).toString('utf8');
      resolve({ ended, text, afterMs: closedAt ?? performance.now() - start, stillReading });
    };
    socket.on('connect', () => socket.write(first));
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('end', () => (closedAt ??= performance.now() - start));
    socket.on('error', () => finish(closedAt === undefined ? 'reset' : 'closed'));
    const dripping = setInterval(() => {
      const now = performance.now() - start;
      if (closedAt !== undefined && now - closedAt > 2000) finish('closed', true);
      else if (closedAt === undefined && now > giveUpMs) finish('timeout');
      else socket.write('a');
    }, pauseMs);
  });
}

export interface Burst {
  /** The first bytes each connection received, in order. */
  replies: Buffer[];
  refused: number;
  reset: number;
  unanswered: number;
}

/** Opens `count` connections at the same moment, each sending `request`, and reads every reply. */
export async function burst(
  server: ServerProcess,
  count: number,
  request: string,
  timeoutMs: number,
): Promise<Burst> {
  const result: Burst = { replies: [], refused: 0, reset: 0, unanswered: 0 };
  const one = () =>
    new Promise<void>((resolve) => {
      const chunks: Buffer[] = [];
      const socket = connect(server.port, server.host, () => socket.write(request));
      const timer = setTimeout(() => {
        result.unanswered += 1;
        socket.destroy();
      }, timeoutMs);
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNREFUSED') result.refused += 1;
        else result.reset += 1;
      });
      socket.on('close', () => {
        clearTimeout(timer);
        result.replies.push(Buffer.concat(chunks));
        resolve();
      });
    });
  await Promise.all(Array.from({ length: count }, one));
  return result;
}
