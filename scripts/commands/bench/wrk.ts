import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { LoadOptions, LoadResult } from './load.ts';

const run = promisify(execFile);
const script = fileURLToPath(new URL('./wrk-report.lua', import.meta.url));
const nothing = { p50: NaN, p90: NaN, p99: NaN, max: NaN };

/** wrk's version line when wrk is on the PATH (Debian: apt-get install wrk). */
export function findWrk(): string | undefined {
  const probe = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  const version = /wrk\s+(?:debian\/)?([\d.]+)/.exec(`${probe.stdout}${probe.stderr}`)?.[1];
  return probe.error || !version ? undefined : `wrk ${version}`;
}

/**
 * wrk times each request from its first written byte to the response's last, so for a server
 * that closes every connection it reports latency correctly; the TCP handshake itself is not in
 * it (on loopback the kernel completes it without the server). With `Connection: close` in its
 * requests, wrk opens a new connection for each; without it, each of its clients keeps one open.
 */
export async function wrkLoad(options: LoadOptions): Promise<LoadResult> {
  const seconds = Math.max(1, Math.round(options.durationMs / 1000));
  const threads = Math.min(2, options.connections);
  const url = `http://${options.host}:${options.port}${options.path}`;
  const args = ['-t', `${threads}`, '-c', `${options.connections}`, '-d', `${seconds}s`];
  if (!options.keepAlive) args.push('-H', 'Connection: close');
  const { stdout } = await run('wrk', [...args, '--timeout', '5s', '-s', script, url], {
    timeout: (seconds + 15) * 1000,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const line = /^wrk-json (.+)$/m.exec(stdout)?.[1];
  // wrk gives up when it cannot connect at all: the server has stopped, which the bench reports.
  if (!line) return { requests: 0, requestsPerSecond: 0, errors: NaN, latencyMs: nothing };
  const report = JSON.parse(line) as Record<'requests' | 'durationUs' | 'errors', number> &
    Record<'p50' | 'p90' | 'p99' | 'max', number>;
  const ms = (us: number) => us / 1000;
  return {
    requests: report.requests,
    requestsPerSecond: report.requests / (report.durationUs / 1e6),
    errors: report.errors,
    latencyMs: {
      p50: ms(report.p50),
      p90: ms(report.p90),
      p99: ms(report.p99),
      max: ms(report.max),
    },
  };
}
