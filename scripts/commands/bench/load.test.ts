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

/** A server that answers every request of a connection with 200 and keeps it open; it counts connections. */
async function keepingConnectionsOpen() {
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    socket.on('error', () => {});
    // Node's client sends each request in one write once the previous answer has come.
    socket.on('data', () => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi'));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as AddressInfo).port, connections: () => connections };
}

describe('the built-in load generator', () => {
  test("with keep-alive, sends each client's requests on one connection", async () => {
    const { server, port, connections } = await keepingConnectionsOpen();
    const result = await nodeLoad({
      host: '127.0.0.1',
      port,
      path: '/',
      connections: 3,
      durationMs: 1000,
      keepAlive: true,
    });
    server.close();
    expect(result.errors).toBe(0);
    expect(connections()).toBeLessThanOrEqual(3);
    // More requests than connections: at least one connection served a second request.
    expect(result.requests).toBeGreaterThan(connections());
  });

  test('counts answered requests and reports ordered latencies', async () => {
    const { server, port } = await answering('200 OK');
    const result = await nodeLoad({
      host: '127.0.0.1',
      port,
      path: '/',
      connections: 4,
      durationMs: 300,
      keepAlive: false,
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
      keepAlive: false,
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
