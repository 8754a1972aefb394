export interface LoadOptions {
  host: string;
  port: number;
  path: string;
  /** Clients sending at once, each one request after another. */
  connections: number;
  durationMs: number;
  /**
   * Whether a client keeps its connection open for its next request (HTTP/1.1's default), or
   * sends `Connection: close` and opens a new connection for every request, as in the Rust book.
   */
  keepAlive: boolean;
}

export interface Latency {
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  /** Requests that failed: refused, reset, timed out, or answered with another status than 200. */
  errors: number;
  /** Milliseconds from the client's first move (connect, or write for wrk) to the whole response. */
  latencyMs: Latency;
}

export interface LoadGenerator {
  /** What was used, as a reader of the results should be told: "wrk 4.1.0", say. */
  name: string;
  run: (options: LoadOptions) => Promise<LoadResult>;
}

/** The value below which a share `q` (0..1) of the sorted samples lies. */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
