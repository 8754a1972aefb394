import type { Exit, ServerProcess } from './server-process.ts';
import { Connection } from './tcp-client.ts';
import { jobLineIds } from './thread-pool/worker-lines.ts';
import { sendGet, type TimedReply } from './timing.ts';

/** What a server did after a signal arrived while it was answering a slow request. */
export interface Shutdown {
  /** The slow request that was running when the signal came. */
  inFlight: TimedReply;
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
 * Sends a /sleep, sends `signal` once a worker has taken it, and watches the server wind down:
 * the order of events is what tells a graceful shutdown from an abrupt or a lingering one.
 */
export async function observeShutdown(
  server: ServerProcess,
  signal: NodeJS.Signals,
  sleepMs: number,
  graceMs: number,
): Promise<Shutdown> {
  const jobs = () => jobLineIds(server.output()).length;
  const before = jobs();
  const inFlight = await sendGet(server, '/sleep', sleepMs + graceMs + 10_000);
  // Threads may take seconds to start on a busy machine: the /sleep must be running, not queued.
  await server.waitFor(() => jobs() > before, 10_000);
  const signalledAt = performance.now();
  server.signal(signal);
  let answered = false;
  void inFlight.reply.then(() => (answered = true));
  await Promise.race([
    server.waitFor(() => server.stoppedListening || !server.isRunning, sleepMs + graceMs),
    inFlight.reply,
  ]);
  const stoppedListeningFirst = server.stoppedListening && !answered;
  const newConnection = await Connection.open(server).then(
    (connection) => (connection.destroy(), 'accepted' as const),
    () => 'refused' as const,
  );
  const reply = await inFlight.reply;
  const exit = await within(server.exited, signalledAt + sleepMs + graceMs - performance.now());
  return {
    inFlight: reply,
    newConnection,
    stoppedListeningFirst,
    exit,
    exitMs: Math.round(performance.now() - signalledAt),
  };
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
