import type { LoadGenerator, LoadResult } from './load.ts';
import type { SleepBatch } from './sleep-batch.ts';

/** A server the benchmark measures, and how many /sleep requests it should run at once. */
export interface Contender {
  name: string;
  role: 'yours' | 'one thread' | 'pool' | 'final' | 'keep-alive' | 'production pool' | 'baseline';
  folder: string;
  entry?: string;
  cwd?: string;
  threads: number;
}

export interface BenchSettings {
  sleepMs: number;
  poolSize: number;
  /** How long each GET / measurement lasts. */
  durationMs: number;
  /** GET / is measured this many times per server, servers taking turns; the median counts. */
  rounds: number;
  connections: number;
  load: LoadGenerator;
}

export interface ContenderResult extends Contender {
  /** GET / under load, a new connection per request: the median round. */
  throughput?: LoadResult;
  roundsPerSecond: number[];
  /** Whether the server kept a connection open after answering a request that let it. */
  keepsAlive: boolean;
  /** GET / under load, each client keeping its connection open: the median round. */
  keepAlive?: LoadResult;
  keepAliveRoundsPerSecond: number[];
  /**
   * The server's own CPU time per GET /, in microseconds, all its threads together: the median
   * round of each way. The machine's load moves it less than requests/s. Linux only.
   */
  cpuPerRequestUs?: { closing?: number; keptOpen?: number };
  /** GET /, one request at a time: each request's own cost, without queueing. */
  oneAtATime?: LoadResult;
  sleep: SleepBatch[];
  /** How the server stopped before the end, if it did: words that finish "it …". */
  stopped?: string;
  /** Why the server could not be started, if it could not. */
  notStarted?: string;
  /** A starter's TODO the server ran into, told as the step's checks tell it. */
  todo?: string;
}

export interface BenchResult {
  date: string;
  /** `loadAverage`: the system's 1-minute load when the run began; above `cpus`, others were busy. */
  machine: { cpus: number; cpu: string; node: string; platform: string; loadAverage: number };
  loadGenerator: string;
  settings: Omit<BenchSettings, 'load'>;
  contenders: ContenderResult[];
}
