import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Changes } from '../changes.ts';
import { LearnerError } from '../learner-error.ts';
import { m } from '../messages.ts';
import type { ServerProcess } from '../server-process.ts';

export interface Reply {
  bytes: Buffer;
  text: string;
  /** How the exchange ended: the server closed the connection, reset it, or kept it open. */
  ended: 'closed' | 'reset' | 'timeout';
}

/** A raw TCP connection to the learner's server, recording every byte that comes back. */
export class Connection {
  #socket: Socket;
  #chunks: Buffer[] = [];
  #ended: Reply['ended'] | undefined;
  #firstDataAt: number | undefined;
  #changes = new Changes();

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.#firstDataAt ??= performance.now();
      this.#chunks.push(chunk);
      this.#changes.notify();
    });
    socket.on('end', () => this.#finish('closed'));
    socket.on('error', () => this.#finish('reset'));
    socket.on('close', () => this.#finish('closed'));
  }

  /** `halfOpen`: the server's end of its side does not end ours; we end it ourselves. */
  static async open(server: ServerProcess, { halfOpen = false } = {}): Promise<Connection> {
    const socket = connect({ port: server.port, host: server.host, allowHalfOpen: halfOpen });
    const connected = await new Promise<boolean>((resolve) => {
      socket.once('connect', () => resolve(true));
      socket.once('error', () => resolve(false));
    });
    if (connected) return new Connection(socket);
    // A server that just crashed refuses connections a moment before its exit is seen.
    await server.waitFor(() => !server.isRunning, 1000);
    throw new LearnerError({
      message: m.refused(server.address, server.describeState()),
      hint: m.refusedHint,
      output: server.outputTail(),
    });
  }

  get ended(): boolean {
    return this.#ended !== undefined;
  }

  /** When the first byte came back, on the test's own clock (performance.now()). */
  get firstDataAt(): number | undefined {
    return this.#firstDataAt;
  }

  received(): Buffer {
    return Buffer.concat(this.#chunks);
  }

  async write(data: string | Buffer): Promise<void> {
    if (this.ended) return;
    await new Promise<void>((resolve) => this.#socket.write(data, () => resolve()));
  }

  /** Sends `pieces` as separate writes with a pause between them, as a slow network would. */
  async writeInPieces(pieces: readonly (string | Buffer)[], pauseMs = 15): Promise<void> {
    for (const [index, piece] of pieces.entries()) {
      if (index > 0) await sleep(pauseMs);
      this.#socket.setNoDelay(true);
      await this.write(piece);
    }
  }

  /** Half-closes: tells the server this client will send nothing more. */
  endWriting(): void {
    this.#socket.end();
  }

  /** Waits for the first byte back; false if none arrives in time. */
  waitForData(timeoutMs: number): Promise<boolean> {
    return this.#waitFor(() => this.#chunks.length > 0, timeoutMs);
  }

  /**
   * Waits until the bytes received so far satisfy `condition`; false if the time runs out or the
   * server ends the connection first.
   */
  waitForReceived(condition: (received: Buffer) => boolean, timeoutMs: number): Promise<boolean> {
    return this.#waitFor(() => condition(this.received()), timeoutMs);
  }

  /** Reads until the server ends the connection, or until the time runs out. */
  async readUntilClose(timeoutMs = 3000): Promise<Reply> {
    await this.#waitFor(() => this.ended, timeoutMs);
    const bytes = this.received();
    return { bytes, text: bytes.toString('utf8'), ended: this.#ended ?? 'timeout' };
  }

  /** Leaves abruptly, with a TCP reset instead of a goodbye, as a closed browser tab can. */
  reset(): void {
    this.#socket.resetAndDestroy();
  }

  destroy(): void {
    this.#socket.destroy();
  }

  #waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
    return this.#changes.waitFor(condition, timeoutMs, () => this.ended);
  }

  #finish(how: Reply['ended']): void {
    this.#ended ??= how;
    this.#changes.notify();
  }
}

export interface ExchangeOptions {
  /** Send the request in these pieces instead of one write. */
  pieces?: readonly (string | Buffer)[];
  pauseMs?: number;
  timeoutMs?: number;
}

/** Connects, sends a request, and reads the reply until the server closes the connection. */
export async function exchange(
  server: ServerProcess,
  request: string | Buffer,
  options: ExchangeOptions = {},
): Promise<Reply> {
  const connection = await Connection.open(server);
  try {
    await connection.writeInPieces(options.pieces ?? [request], options.pauseMs);
    return await connection.readUntilClose(options.timeoutMs);
  } finally {
    connection.destroy();
  }
}

/** Cuts text into pieces of `size` bytes, for sending a request a few bytes at a time. */
export function piecesOf(text: string, size = 1): Buffer[] {
  const bytes = Buffer.from(text);
  const pieces: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += size) {
    pieces.push(bytes.subarray(start, start + size));
  }
  return pieces;
}
