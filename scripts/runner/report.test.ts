import { describe, expect, test } from 'vitest';
import { formatCheck, formatFailure } from './report.ts';

const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

describe('a failure in the report', () => {
  test('spells out the line ends of bytes that crossed the wire', () => {
    const shown = plain(
      formatFailure({
        message: 'Wrong',
        expected: 'HTTP/1.1 200 OK\r\n',
        received: 'HTTP/1.1 200 OK\n',
      }),
    );
    expect(shown).toContain('HTTP/1.1 200 OK\\r\\n');
    expect(shown).toMatch(/HTTP\/1\.1 200 OK\\n$/m);
  });

  test('shows values written out as text as they are', () => {
    const value = JSON.stringify({ method: 'GET', target: '/' }, null, 2);
    const shown = plain(
      formatFailure({ message: 'Wrong', expected: value, received: value, plainText: true }),
    );
    expect(shown).not.toContain('\\n');
    expect(shown).toContain('  "method": "GET",\n');
  });

  test('is named under its check in the list, by the first line of its message', () => {
    const error = { message: 'Your server kept the socket open.\nMore detail.' };
    const shown = plain(formatCheck({ name: 'closes the connection', state: 'fail', error }));
    expect(shown).toBe('  ✗ closes the connection\n    Your server kept the socket open.');
  });

  test("is not repeated under each check a starter's placeholder stops", () => {
    const error = { message: 'The starter is still there.', kind: 'todo' as const };
    const shown = plain(formatCheck({ name: 'closes the connection', state: 'fail', error }));
    expect(shown).toBe('  ✗ closes the connection');
  });
});
