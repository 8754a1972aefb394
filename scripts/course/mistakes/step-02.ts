import { m } from '../../../steps/02-parse-request/messages.ts';
import type { Edit } from './mutant.ts';
import type { Mistake } from './mistake.ts';

const step = '02-parse-request';
const inRequest = (from: string, to: string): Edit => ({ file: 'request.ts', from, to });
const inServer = (from: string, to: string): Edit => ({ file: 'server.ts', from, to });
const onClose = "socket.once('close', () => resolve(undefined));";
const printed = 'console.log(`Bad request: ${(error as Error).message}`);\n  }\n  socket.end();';

const readHead: Mistake[] = [
  {
    what: "keeps its 'data' listener once the head is read",
    step,
    file: 'read-head.test.ts',
    check: m.readsHead.name,
    hint: m.readsHead.stillListeningHint,
    edits: [inRequest("      socket.off('data', onData);\n", '')],
  },
  {
    what: 'hands on the bytes after the empty line as part of the head',
    step,
    file: 'read-head.test.ts',
    check: m.readsHead.name,
    hint: m.readsHead.wrongHeadHint,
    edits: [inRequest('resolve(received.slice(0, end));', 'resolve(received);')],
  },
  {
    what: 'never resolves when the client leaves first',
    step,
    file: 'read-head.test.ts',
    check: m.clientLeaves.name,
    hint: m.clientLeaves.pendingHint,
    edits: [inRequest(`    ${onClose}\n`, '')],
  },
  {
    what: "resolves on 'end', which a reset never emits",
    step,
    file: 'read-head.test.ts',
    check: m.clientLeaves.name,
    hint: m.clientLeaves.resetHint,
    edits: [inRequest(onClose, "socket.once('end', () => resolve(undefined));")],
  },
  {
    what: 'decodes each chunk alone, splitting characters',
    step,
    file: 'server.test.ts',
    check: m.printsRequest.byteByByte,
    hint: m.printsRequest.splitCharacterHint,
    edits: [
      inRequest("    socket.setEncoding('utf8');\n", ''),
      inRequest(
        'const onData = (chunk: string) => {\n      received += chunk;',
        'const onData = (chunk: Buffer) => {\n      received += chunk.toString();',
      ),
    ],
  },
  {
    what: 'keeps only the last chunk of the head',
    step,
    file: 'server.test.ts',
    check: m.printsRequest.twoWrites,
    hint: m.printsRequest.nothingPrintedHint,
    edits: [inRequest('received += chunk;', 'received = chunk;')],
  },
  {
    what: 'handles the head before its empty line has arrived',
    step,
    file: 'server.test.ts',
    check: m.waitsForEnd.name,
    hint: m.waitsForEnd.hint,
    edits: [
      inRequest(
        'if (end === -1) return;',
        "if (end === -1) {\n        socket.off('data', onData);\n        resolve(received);\n        return;\n      }",
      ),
    ],
  },
];

const parseRequest: Mistake[] = [
  {
    what: 'accepts a version that is not HTTP/x.y',
    step,
    file: 'request.test.ts',
    check: m.rejectsMalformed.name,
    hint: m.rejectsMalformed.hint,
    edits: [inRequest('!/^HTTP\\/\\d\\.\\d$/.test(version)', "!version.startsWith('HTTP/')")],
  },
  {
    what: 'accepts a method in lower case',
    step,
    file: 'request.test.ts',
    check: m.rejectsBadMethod.name,
    hint: m.rejectsBadMethod.lowerCaseHint,
    edits: [inRequest('!/^[A-Z]+$/.test(method)', '!/^[A-Za-z]+$/.test(method)')],
  },
  {
    what: 'splits the request line on any whitespace, tabs included',
    step,
    file: 'request.test.ts',
    check: m.rejectsOtherSeparators.name,
    hint: m.rejectsOtherSeparators.hint,
    edits: [inRequest("requestLine.split(' ')", 'requestLine.split(/\\s/)')],
  },
  {
    what: 'keeps header names in the case they came in',
    step,
    file: 'request.test.ts',
    check: m.headerCase.name,
    hint: m.parsedWrongHint.headers,
    edits: [inRequest('line.slice(0, colon).trim().toLowerCase()', 'line.slice(0, colon).trim()')],
  },
];

const server: Mistake[] = [
  {
    what: 'prints "Request:" before parseRequest has accepted the head',
    step,
    file: 'server.test.ts',
    check: m.survivesMalformed.name,
    hint: m.survivesMalformed.printedRequestHint,
    edits: [
      inServer(
        '    parseRequest(head);\n    console.log(`Request:\\n${head}`);',
        '    console.log(`Request:\\n${head}`);\n    parseRequest(head);',
      ),
    ],
  },
  {
    what: 'ends the connection of a good request only',
    step,
    file: 'server.test.ts',
    check: m.survivesMalformed.name,
    hint: m.survivesMalformed.notClosedHint,
    edits: [inServer(printed, printed.replace('\n  }', '\n    return;\n  }'))],
  },
  {
    what: 'ends the connection of a malformed request only',
    step,
    file: 'server.test.ts',
    check: m.endsConnection.name,
    hint: m.endsConnection.hint,
    edits: [
      inServer(printed, printed.replace('\n  }\n  socket.end();', '\n    socket.end();\n  }')),
    ],
  },
  {
    what: 'parses outside try a head that never came, and crashes',
    step,
    file: 'server.test.ts',
    check: m.survivesEarlyLeave.name,
    hint: m.survivesEarlyLeave.hint,
    edits: [
      inServer(
        '  if (head === undefined) return;\n  try {\n    parseRequest(head);',
        '  parseRequest(head!);\n  try {',
      ),
    ],
  },
  {
    what: 'hands parseRequest the undefined of a client that left',
    step,
    file: 'server.test.ts',
    check: m.survivesEarlyLeave.name,
    hint: m.survivesEarlyLeave.parsedUndefinedHint,
    edits: [
      inServer('  if (head === undefined) return;\n', ''),
      inServer('parseRequest(head);', 'parseRequest(head!);'),
    ],
  },
];

export const step02: Mistake[] = [...readHead, ...parseRequest, ...server];
