import { describe, expect, test } from 'vitest';
import { saysClose } from './keeps-alive.ts';

describe('reading whether a response closes its connection', () => {
  test('finds close in the Connection header, in any case and among other options', () => {
    expect(saysClose('HTTP/1.1 200 OK\r\nConnection: close')).toBe(true);
    expect(saysClose('HTTP/1.1 200 OK\r\nconnection:Upgrade, CLOSE\r\nContent-Length: 3')).toBe(
      true,
    );
  });

  test('takes a response without close as keeping the connection open, as HTTP/1.1 does', () => {
    expect(saysClose('HTTP/1.1 200 OK\r\nConnection: keep-alive')).toBe(false);
    expect(saysClose('HTTP/1.1 200 OK\r\nContent-Length: 5')).toBe(false);
    expect(saysClose('HTTP/1.1 200 OK\r\nX-Note: Connection: close')).toBe(false);
  });
});
