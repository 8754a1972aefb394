import type { Readable } from 'node:stream';

/**
 * Reads a pipe that carries one JSON value per line (the results reporter's events, a server's
 * probe reports) and hands each value on as soon as its line is whole.
 */
export function readJsonLines<T>(pipe: Readable, onValue: (value: T) => void): void {
  let pending = '';
  pipe.setEncoding('utf8').on('data', (text: string) => {
    const lines = (pending + text).split('\n');
    pending = lines.pop()!;
    lines.forEach((line) => onValue(JSON.parse(line) as T));
  });
}
