import type { Readable } from 'node:stream';

// What a server program is asked to run, and what comes back, whether it was spawned fresh or
// claimed from watch mode's spares (over their socket, as JSON).

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** What to run: the learner's entry file, from which folder, with which environment. */
export interface ProgramRequest {
  entry: string;
  cwd: string;
  env: Record<string, string>;
}

/** A running server program, as the harness sees it whether it was spawned or claimed. */
export interface ServerProgram {
  readonly pid: number | undefined;
  readonly stdout: Readable;
  readonly stderr: Readable;
  /** What listening-probe.mjs reports from inside the server. */
  readonly probe: Readable;
  readonly exited: Promise<Exit>;
  kill(signal: NodeJS.Signals): void;
}
