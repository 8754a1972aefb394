import { m } from '../../../steps/03-respond/messages.ts';
import { m as badRequest } from '../../harness/http/bad-request-messages.ts';
import { m as http } from '../../harness/http/http-messages.ts';
import { forAwaitReadHead } from './for-await-read-head.ts';
import type { Edit } from './mutant.ts';
import type { Mistake } from './mistake.ts';

const step = '03-respond';
const file = 'server.test.ts';
const inServer = (from: string, to: string): Edit => ({ file: 'server.ts', from, to });
const ok = "socket.end('HTTP/1.1 200 OK\\r\\n\\r\\n');";
const bad = "socket.end('HTTP/1.1 400 Bad Request\\r\\n\\r\\n');";
const answersOk = m.answersWith200StatusLine.name;

export const step03: Mistake[] = [
  {
    what: 'ends its lines with a bare \\n',
    step,
    file,
    check: answersOk,
    hint: http.crlfHint,
    edits: [inServer(ok, "socket.end('HTTP/1.1 200 OK\\n\\n');")],
  },
  {
    what: 'leaves out the empty line after the status line',
    step,
    file,
    check: answersOk,
    hint: http.emptyLineHint,
    edits: [inServer(ok, "socket.end('HTTP/1.1 200 OK\\r\\n');")],
  },
  {
    what: 'answers in HTTP/1.0',
    step,
    file,
    check: answersOk,
    hint: http.versionHint,
    edits: [inServer(ok, "socket.end('HTTP/1.0 200 OK\\r\\n\\r\\n');")],
  },
  {
    what: 'ends the connection before it writes the response',
    step,
    file,
    check: answersOk,
    hint: http.closedSilentlyHint,
    edits: [inServer(ok, "socket.end();\n    socket.write('HTTP/1.1 200 OK\\r\\n\\r\\n');")],
  },
  {
    what: 'leaves a for await loop over the socket with return',
    step,
    file,
    check: answersOk,
    hint: http.leftForAwaitHint,
    edits: [forAwaitReadHead(step)],
  },
  {
    what: 'answers before the empty line has arrived',
    step,
    file,
    check: m.answersOnlyAfterWholeHead.name,
    hint: m.answersOnlyAfterWholeHead.hint,
    edits: [
      {
        file: 'request.ts',
        from: 'if (end === -1) return;',
        to: "if (end === -1) {\n        socket.off('data', onData);\n        resolve(received);\n        return;\n      }",
      },
    ],
  },
  {
    what: 'writes the response and keeps the connection open',
    step,
    file,
    check: m.endsConnectionAfterResponse.name,
    hint: http.keptOpenHint,
    edits: [inServer(ok, "socket.write('HTTP/1.1 200 OK\\r\\n\\r\\n');")],
  },
  {
    what: 'parses outside try and crashes on a malformed request',
    step,
    file,
    check: m.keepsAnsweringAfterMalformedRequests.name,
    hint: m.keepsAnsweringAfterMalformedRequests.hint,
    edits: [inServer('  try {\n    parseRequest(head);', '  parseRequest(head);\n  try {')],
  },
  {
    what: 'answers a malformed request with 200',
    step,
    file,
    check: m.answersBadRequest.name,
    hint: badRequest.wrongStatusHint,
    edits: [inServer(bad, ok)],
  },
  {
    what: 'answers a malformed request with 500 and no error',
    step,
    file,
    check: m.answersBadRequest.name,
    hint: badRequest.wrongStatusHint,
    edits: [inServer(bad, "socket.end('HTTP/1.1 500 Internal Server Error\\r\\n\\r\\n');")],
  },
  {
    what: 'closes the connection of a malformed request without a word',
    step,
    file,
    check: m.answersBadRequest.name,
    hint: badRequest.answerHint,
    edits: [inServer(bad, 'socket.end();')],
  },
  {
    what: 'ends the lines of its 400 with a bare \\n',
    step,
    file,
    check: m.answersBadRequest.name,
    hint: http.crlfHint,
    edits: [inServer(bad, "socket.end('HTTP/1.1 400 Bad Request\\n\\n');")],
  },
  {
    what: 'answers 400 with the reason of a 200',
    step,
    file,
    check: m.answersBadRequest.name,
    hint: badRequest.wrongReasonHint,
    edits: [inServer(bad, "socket.end('HTTP/1.1 400 OK\\r\\n\\r\\n');")],
  },
  {
    what: 'sends a body after the 200 head',
    step,
    file,
    check: answersOk,
    hint: m.answersWith200StatusLine.bodyHint,
    edits: [inServer(ok, "socket.end('HTTP/1.1 200 OK\\r\\n\\r\\nHello!');")],
  },
  {
    what: 'sends one line break too many after the 200 status line',
    step,
    file,
    check: answersOk,
    hint: m.answersWith200StatusLine.bodyHint,
    edits: [inServer(ok, "socket.end('HTTP/1.1 200 OK\\r\\n\\r\\n\\r\\n');")],
  },
  {
    what: 'writes its 400 and then the 200 after the try block',
    step,
    file,
    check: m.answersBadRequest.name,
    hint: badRequest.secondResponseHint,
    edits: [
      inServer(
        `    // Ending the connection tells the client the response is complete.
    ${ok}`,
        '',
      ),
      inServer(bad, "socket.write('HTTP/1.1 400 Bad Request\\r\\n\\r\\n');"),
      inServer(
        `  }
});`,
        `  }
  ${ok}
});`,
      ),
    ],
  },
  {
    what: 'sends one line break too many after the 400 status line',
    step,
    file,
    check: m.answersBadRequest.name,
    hint: badRequest.bodyAfterHint,
    edits: [inServer(bad, "socket.end('HTTP/1.1 400 Bad Request\\r\\n\\r\\n\\r\\n');")],
  },
  {
    what: 'answers 404 to every request but GET /',
    step,
    file,
    check: m.answersEveryParsedRequest.name,
    hint: m.answersEveryParsedRequest.wrongCodeHint,
    edits: [
      inServer('    parseRequest(head);', '    const { method, target } = parseRequest(head);'),
      inServer(
        ok,
        "socket.end(method === 'GET' && target === '/' ? 'HTTP/1.1 200 OK\\r\\n\\r\\n' : 'HTTP/1.1 404 Not Found\\r\\n\\r\\n');",
      ),
    ],
  },
  {
    what: "answers in the client's own HTTP version",
    step,
    file,
    check: m.answersEveryParsedRequest.name,
    hint: http.versionHint,
    edits: [
      inServer('    parseRequest(head);', '    const { version } = parseRequest(head);'),
      inServer(ok, 'socket.end(`${version} 200 OK\\r\\n\\r\\n`);'),
    ],
  },
  {
    what: 'drops an empty head without a word',
    step,
    file,
    check: m.answersBadRequest.name,
    hint: badRequest.answerHint,
    edits: [inServer('  if (head === undefined) return;', '  if (!head) return;')],
  },
];
