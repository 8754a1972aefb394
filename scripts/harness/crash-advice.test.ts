import { expect, test } from 'vitest';
import { crashAdvice } from './crash-advice.ts';

const socketCrash = `node:events:497
      throw er; // Unhandled 'error' event
      ^
Error: read ECONNRESET
    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)`;
const rejection = `file:///workbook/steps/08-harden/request.ts:40
      reject(new HttpError(408, 'Request Timeout', 'The head took too long'));
HttpError: The head took too long`;

test("a crash on a socket's error event is told to listen for it", () => {
  expect(crashAdvice(socketCrash)).toContain("socket.on('error'");
});

test('an error that escaped the handler is told to sit inside try/catch', () => {
  expect(crashAdvice(rejection)).toContain('try { … } catch');
});

test('an output that names no error gives no advice', () => {
  expect(crashAdvice('Listening on http://127.0.0.1:7878\n')).toBeUndefined();
});
