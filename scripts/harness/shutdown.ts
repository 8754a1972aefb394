import type { Exit } from '../learner-server/protocol.ts';
import type { ServerProcess } from './server-process.ts';
import { Connection } from './clients/tcp-client.ts';
import { jobLineIds } from './thread-pool/worker-lines.ts';
import { closingRequest, sendGet, type TimedReply } from './timing.ts';

/** What a server did after a signal arrived while it was answering a slow request. */
export interface Shutdown {
  /** The slow request that was running when the signal came. */
  inFlight: TimedReply;
  /** A request whose head was still arriving when the signal came, finished afterwards. */
  arriving: TimedReply;
  /** A connection attempted once the server had stopped listening, had ended, or had answered. */
  newConnection: 'refused' | 'accepted';
  /** Whether the server closed its listening socket before it answered the slow request. */
  stoppedListeningFirst: boolean;
  /** How the server ended; undefined if it still ran `graceMs` after its last answer was due. */
  exit: Exit | undefined;
  /** From the signal to the end of the process. */
  exitMs: number;
}

/**
 * Sends a /sleep and, once a worker has taken it, the first line of another request; then sends
 * `signal`, the rest of that request, and watches the server wind down. The order of events is
 * what tells a graceful shutdown from an abrupt or a lingering one.
 */
export async function observeShutdown(
  server: ServerProcess,
  signal: NodeJS.Signals,
  sleepMs: number,
  graceMs: number,
): Promise<Shutdown> {
  const jobs = () => jobLineIds(server.output()).length;
  const before = jobs();
  const patienceMs = sleepMs + graceMs + 10_000;
  const inFlight = await sendGet(server, '/sleep', patienceMs);
  // Threads may take seconds to start on a busy machine: the /sleep must be running, not queued.
  await server.waitFor(() => jobs() > before, 10_000);
  const [firstLine, ...rest] = closingRequest(server, '/').split('\r\n');
  const accepted = server.accepted;
  const arriving = await Connection.open(server);
  await arriving.write(`${firstLine}\r\n`);
  await server.waitFor(() => server.accepted > accepted, 5000);
  const signalledAt = performance.now();
  server.signal(signal);
  let answered = false;
  void inFlight.reply.then(() => (answered = true));
  await Promise.race([
    server.waitFor(() => server.stoppedListening || !server.isRunning, sleepMs + graceMs),
    inFlight.reply,
  ]);
  const stoppedListeningFirst = server.stoppedListening && !answered;
  const newConnection = (await acceptsConnection(server)) ? 'accepted' : 'refused';
  await arriving.write(rest.join('\r\n'));
  const arrived = await arriving.readUntilClose(patienceMs);
  arriving.destroy();
  const reply = await inFlight.reply;
  const exit = await within(server.exited, signalledAt + sleepMs + graceMs - performance.now());
  return {
    inFlight: reply,
    arriving: { ...arrived, path: '/', sentAt: signalledAt, endedAt: performance.now() },
    newConnection,
    stoppedListeningFirst,
    exit,
    exitMs: Math.round(performance.now() - signalledAt),
  };
}

/**
 * Whether the server takes a new connection. Only the server's own word counts: once it has
 * closed its port, another program may listen there, or the kernel may connect a socket to itself.
 */
export async function acceptsConnection(server: ServerProcess): Promise<boolean> {
  const accepted = server.accepted;
  const connection = await Connection.open(server).catch(() => undefined);
  if (!connection) return false;
  const taken = await server.waitFor(() => server.accepted > accepted, 2000);
  connection.destroy();
  return taken;
}

/** What `promise` resolves with, or undefined if `ms` pass first. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
