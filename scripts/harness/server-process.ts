import { join } from 'node:path';
import { Changes } from './changes.ts';
import { freePort } from '../learner-server/free-port.ts';
import { LearnerError } from './learner-error.ts';
import { m } from './messages.ts';
import { ProbeReport } from './probe-report.ts';
import { floodMegabytes, ServerOutput } from './server-output.ts';
import type { Exit, ServerProgram } from '../learner-server/protocol.ts';
import { startProgram } from '../learner-server/server-program.ts';
import { preloadEnv } from '../learner-server/server-preloads.mjs';
import { tail } from './show-bytes.ts';
import { starterTodo } from './starter-todo.ts';

// Grading caps each student's server: V8's heap, not all of the process's memory.
const heapCap = process.env.WORKBOOK_SERVER_MAX_OLD_SPACE_MB?.match(/^\d+$/)?.[0];
const memoryFlags = heapCap ? [`--max-old-space-size=${heapCap}`] : [];

export interface StartOptions {
  /** The folder holding the learner's files. */
  folder: string;
  entry?: string;
  /** Where the server is started from; its own folder unless a check says otherwise. */
  cwd?: string;
  env?: Record<string, string>;
  /** The address given in HOST; 127.0.0.1 unless a check says otherwise. */
  host?: string;
  readyTimeoutMs?: number;
}

const running = new Set<ServerProcess>();

// A test process that dies must not leave a learner's server holding a port.
process.on('exit', () => running.forEach((server) => server.kill()));

/** Starts the learner's server on a free port and resolves once it listens there. */
export async function startServer(options: StartOptions): Promise<ServerProcess> {
  for (let attempt = 1; ; attempt++) {
    const server = new ServerProcess(options, await freePort(options.host));
    running.add(server);
    try {
      await server.listening(options.readyTimeoutMs ?? 15_000);
      return server;
    } catch (error) {
      await server.stop();
      // Another program may take the free port between our look and the server's listen().
      const portRace = /EADDRINUSE/.test(server.output()) && attempt < 3;
      if (!portRace) throw error;
    }
  }
}

export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop()));
}

/** A learner's server running as a child process, with its output and its fate observable. */
export class ServerProcess {
  readonly host: string;
  readonly port: number;
  /** The folder holding the learner's files. */
  readonly folder: string;
  readonly exited: Promise<Exit>;
  #program: ServerProgram;
  #exit: Exit | undefined;
  #changes = new Changes();
  #output = new ServerOutput(
    () => this.kill(),
    () => this.#changes.notify(),
  );
  #probe: ProbeReport;

  constructor(options: StartOptions, port: number) {
    this.host = options.host ?? '127.0.0.1';
    this.port = port;
    this.folder = options.folder;
    const request = {
      entry: join(options.folder, options.entry ?? 'server.ts'),
      cwd: options.cwd ?? options.folder,
      env: {
        ...(process.env as Record<string, string>),
        NO_COLOR: '1',
        HOST: this.host,
        PORT: String(port),
        ...options.env,
        ...preloadEnv,
      },
    };
    this.#program = startProgram(request, memoryFlags);
    this.#program.stdout.setEncoding('utf8').on('data', (text: string) => this.#output.add(text));
    this.#program.stderr.setEncoding('utf8').on('data', (text: string) => this.#output.add(text));
    this.#probe = new ProbeReport(this.#program.probe, () => this.#changes.notify());
    this.exited = this.#program.exited.then((exit) => {
      this.#exit = exit;
      running.delete(this);
      this.#changes.notify();
      return exit;
    });
  }

  get address(): string {
    return this.host.includes(':') ? `[${this.host}]:${this.port}` : `${this.host}:${this.port}`;
  }

  /** The address the server listens on, as it told the probe: `127.0.0.1`, or `::` for every one. */
  get listeningAddress(): string | undefined {
    const { address } = this.#probe;
    return typeof address === 'object' ? address.address : address;
  }

  get isRunning(): boolean {
    return this.#exit === undefined;
  }

  /** How many connections the server has accepted so far. */
  get accepted(): number {
    return this.#probe.accepted;
  }

  /** Whether the server has closed its listening socket: new connections are refused from then. */
  get stoppedListening(): boolean {
    return this.#probe.stoppedListening;
  }

  /** How many worker threads the server has started so far (counted once each is running). */
  get threadsStarted(): number {
    return this.#probe.threadsStarted;
  }

  /** The most worker threads the server has had running at once: a pool may replace one that died. */
  get mostThreadsAlive(): number {
    return this.#probe.mostThreadsAlive;
  }

  /** Whether the server ended itself with process.exit() rather than by running out of work. */
  get calledExit(): boolean {
    return this.#probe.calledExit;
  }

  /** The server's process id, for what the system knows of it (its memory, say). */
  get pid(): number | undefined {
    return this.#program.pid;
  }

  /** Everything the server printed so far, stdout and stderr together (the last 1 MiB). */
  output(): string {
    return this.#output.text();
  }

  /** How many lines of the output are exactly `line`, ignoring surrounding spaces. */
  countLines(line: string): number {
    return this.output()
      .split('\n')
      .filter((printed) => printed.trim() === line).length;
  }

  /** Waits until `condition` holds; false if the time runs out or the server exits first. */
  waitFor(condition: () => boolean, timeoutMs = 3000): Promise<boolean> {
    return this.#changes.waitFor(condition, timeoutMs, () => !this.isRunning);
  }

  /** How the server is doing, in words that finish "Your server …". */
  describeState(): string {
    if (this.#output.flooded) return m.flooded(floodMegabytes);
    if (!this.#exit) return m.stillRunning;
    if (this.#exit.signal) return m.killedBySignal(this.#exit.signal);
    return m.exitedWithCode(this.#exit.code ?? 0);
  }

  /** The tail of the output, for a failure message. */
  outputTail(lines = 15): string {
    return tail(this.output(), lines);
  }

  signal(signal: NodeJS.Signals): void {
    if (this.isRunning) this.#program.kill(signal);
  }

  kill(): void {
    this.signal('SIGKILL');
  }

  async stop(): Promise<void> {
    this.kill();
    await this.exited;
  }

  async listening(timeoutMs: number): Promise<void> {
    const listened = await this.waitFor(() => this.#probe.address !== undefined, timeoutMs);
    if (listened) {
      const { address } = this.#probe;
      if (typeof address === 'object' && address.port === this.port) return;
      const actual = typeof address === 'object' ? `${address.address}:${address.port}` : address;
      throw new LearnerError({
        message: m.wrongPort(this.port, String(actual)),
        hint: m.wrongPortHint,
      });
    }
    const todo = starterTodo(this.output());
    if (todo) throw new LearnerError({ kind: 'todo', ...todo });
    if (!this.isRunning) {
      // Ending quietly with code 0 means the program simply ran out of things to do.
      const quiet = this.#exit?.code === 0 && this.output().trim() === '';
      throw new LearnerError({
        message: m.exitedBeforeListening(this.describeState()),
        hint: quiet ? m.endedQuietlyHint : m.exitedHint,
        output: this.outputTail(),
      });
    }
    throw new LearnerError({
      message: m.neverListened(this.address, timeoutMs / 1000),
      hint: m.neverListenedHint,
      output: this.outputTail(),
    });
  }
}
