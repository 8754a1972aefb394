import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { percentile } from './load.ts';
import { nodeLoad } from './node-load.ts';

/** A server on a free port that answers every request with `status` and closes the connection. */
async function answering(status: string) {
  const server = createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () => socket.end(`HTTP/1.1 ${status}\r\nContent-Length: 0\r\n\r\n`));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as AddressInfo).port };
}

describe('the built-in load generator', () => {
  test('counts answered requests and reports ordered latencies', async () => {
    const { server, port } = await answering('200 OK');
    const result = await nodeLoad({
      host: '127.0.0.1',
      port,
      path: '/',
      connections: 4,
      durationMs: 300,
    });
    server.close();
    expect(result.requests).toBeGreaterThan(0);
    expect(result.errors).toBe(0);
    const { p50, p90, p99, max } = result.latencyMs;
    expect(p50).toBeGreaterThan(0);
    expect([p50, p90, p99, max]).toEqual([p50, p90, p99, max].toSorted((a, b) => a - b));
  });

  test('counts a status other than 200 as a failed request', async () => {
    const { server, port } = await answering('500 Internal Server Error');
    const result = await nodeLoad({
      host: '127.0.0.1',
      port,
      path: '/',
      connections: 2,
      durationMs: 200,
    });
    server.close();
    expect(result.errors).toBe(result.requests);
    expect(result.requestsPerSecond).toBe(0);
  });
});

describe('percentile', () => {
  test('picks the sample below which the share lies', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(sorted, 0.5)).toBe(5);
    expect(percentile(sorted, 0.9)).toBe(9);
    expect(percentile(sorted, 1)).toBe(10);
    expect(percentile([], 0.5)).toBeNaN();
  });
});
