import { connect } from 'node:net';

export interface Shot {
  path: string;
  /** Milliseconds from the start of the burst. */
  sentMs: number;
  answeredMs?: number;
  /** The response's status line, or why there was none. */
  outcome: string;
}

export interface Planned {
  path: string;
  delayMs: number;
}

/** Three slow requests, then a quick one: whether it waits for them is the whole lesson. */
export const defaultBurst: Planned[] = [
  { path: '/sleep', delayMs: 0 },
  { path: '/sleep', delayMs: 100 },
  { path: '/sleep', delayMs: 200 },
  { path: '/', delayMs: 300 },
];

/** Sends each request on its own connection at its moment, and times each until it is answered. */
export function fireBurst(
  port: number,
  host: string,
  plan: readonly Planned[],
  timeoutMs: number,
): Promise<Shot[]> {
  const start = performance.now();
  const since = () => performance.now() - start;
  return Promise.all(
    plan.map(
      ({ path, delayMs }) =>
        new Promise<Shot>((resolve) => {
          setTimeout(() => {
            const shot: Shot = { path, sentMs: since(), outcome: '' };
            let received = '';
            const socket = connect(port, host, () => {
              shot.sentMs = since();
              socket.write(
                `GET ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\nConnection: close\r\n\r\n`,
              );
            });
            socket.setTimeout(timeoutMs, () => socket.destroy(new Error('no answer in time')));
            socket.setEncoding('latin1');
            socket.on('data', (text: string) => (received += text));
            socket.on('error', (error) => (shot.outcome = error.message));
            socket.on('close', () => {
              if (received) {
                shot.answeredMs = since();
                shot.outcome = received.split('\r\n')[0]!;
              }
              resolve(shot);
            });
          }, delayMs);
        }),
    ),
  );
}
