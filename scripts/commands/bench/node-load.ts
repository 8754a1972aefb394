import { Agent, get } from 'node:http';
import { connect } from 'node:net';
import { percentile, type LoadOptions, type LoadResult } from './load.ts';

const requestTimeoutMs = 5000;

/** How long one request took, in milliseconds, and whether it was answered with 200. */
type Timed = [ms: number, ok: boolean];

/**
 * One request on a new connection: the time from connect() to the server's close, and whether
 * the answer began with a 200 status line.
 */
function timedRequest(options: LoadOptions, request: Buffer): Promise<Timed> {
  return new Promise((resolve) => {
    const start = performance.now();
    const socket = connect(options.port, options.host);
    let head = '';
    let failed = false;
    socket.setTimeout(requestTimeoutMs, () => socket.destroy());
    // Write without half-closing: a server may end a half-closed connection before it answers.
    socket.on('connect', () => socket.write(request));
    socket.on('data', (chunk: Buffer) => {
      if (head.length < 13) head += chunk.toString('latin1', 0, 13);
    });
    socket.on('error', () => (failed = true));
    socket.on('close', () => {
      resolve([performance.now() - start, !failed && head.startsWith('HTTP/1.1 200 ')]);
    });
  });
}

/**
 * One request on a connection the agent keeps open between requests: Node's own HTTP client
 * reads the response by its Content-Length, as a client of a kept-open connection must.
 */
function timedKeptOpenRequest(options: LoadOptions, agent: Agent): Promise<Timed> {
  return new Promise((resolve) => {
    const start = performance.now();
    const { host, port, path } = options;
    const request = get({ host, port, path, agent, timeout: requestTimeoutMs }, (response) => {
      response.resume();
      response.on('end', () => resolve([performance.now() - start, response.statusCode === 200]));
      response.on('error', () => resolve([performance.now() - start, false]));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve([performance.now() - start, false]));
  });
}

/**
 * Node's own load generator, for machines without wrk: `connections` clients in this process,
 * each sending one request after another until the time is up, on a new connection each time or
 * on one kept open.
 */
export async function nodeLoad(options: LoadOptions): Promise<LoadResult> {
  const request = Buffer.from(
    `GET ${options.path} HTTP/1.1\r\nHost: ${options.host}:${options.port}\r\nConnection: close\r\n\r\n`,
  );
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const timed = options.keepAlive
    ? () => timedKeptOpenRequest(options, agent)
    : () => timedRequest(options, request);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const client = async () => {
    while (performance.now() < deadline) {
      const [ms, ok] = await timed();
      if (ok) latencies.push(ms);
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length + errors,
    requestsPerSecond: latencies.length / seconds,
    errors,
    latencyMs: {
      p50: percentile(sorted, 0.5),
      p90: percentile(sorted, 0.9),
      p99: percentile(sorted, 0.99),
      max: percentile(sorted, 1),
    },
  };
}
