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
    what: 'ends the socket once it has read the head',
    step,
    file: 'read-head.test.ts',
    check: m.resolvesWithHeadAlone.name,
    hint: m.resolvesWithHeadAlone.endedHint,
    edits: [
      inRequest(
        'resolve(received.slice(0, end));',
        'resolve(received.slice(0, end));\n      socket.end();',
      ),
    ],
  },
  {
    what: "keeps its 'data' listener once the head is read",
    step,
    file: 'read-head.test.ts',
    check: m.resolvesWithHeadAlone.name,
    hint: m.resolvesWithHeadAlone.stillListeningHint,
    edits: [inRequest("      socket.off('data', onData);\n", '')],
  },
  {
    what: 'hands on the bytes after the empty line as part of the head',
    step,
    file: 'read-head.test.ts',
    check: m.resolvesWithHeadAlone.name,
    hint: m.resolvesWithHeadAlone.wrongHeadHint,
    edits: [inRequest('resolve(received.slice(0, end));', 'resolve(received);')],
  },
  {
    what: 'never resolves when the client leaves first',
    step,
    file: 'read-head.test.ts',
    check: m.resolvesUndefinedWhenClientLeaves.name,
    hint: m.resolvesUndefinedWhenClientLeaves.pendingHint,
    edits: [inRequest(`    ${onClose}\n`, '')],
  },
  {
    what: "resolves on 'end', which a reset never emits",
    step,
    file: 'read-head.test.ts',
    check: m.resolvesUndefinedWhenClientLeaves.name,
    hint: m.resolvesUndefinedWhenClientLeaves.resetHint,
    edits: [inRequest(onClose, "socket.once('end', () => resolve(undefined));")],
  },
  {
    what: 'decodes each chunk alone, splitting characters',
    step,
    file: 'server.test.ts',
    check: m.printsRequest.whenItArrivesByteByByte,
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
    check: m.printsRequest.whenItArrivesInTwoWrites,
    hint: m.printsRequest.nothingPrintedHint,
    edits: [inRequest('received += chunk;', 'received = chunk;')],
  },
  {
    what: 'handles the head before its empty line has arrived',
    step,
    file: 'server.test.ts',
    check: m.waitsForEmptyLine.name,
    hint: m.waitsForEmptyLine.hint,
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
    what: "matches the version's dot with an unescaped . in its pattern",
    step,
    file: 'request.test.ts',
    check: m.rejectsMalformedRequestLine.name,
    hint: m.rejectsMalformedRequestLine.hint,
    edits: [inRequest('!/^HTTP\\/\\d\\.\\d$/.test(version)', '!/^HTTP\\/\\d.\\d$/.test(version)')],
  },
  {
    what: 'accepts an empty method',
    step,
    file: 'request.test.ts',
    check: m.rejectsMalformedRequestLine.name,
    hint: m.rejectsMalformedRequestLine.hint,
    edits: [inRequest('!/^[A-Z]+$/.test(method)', '!/^[A-Z]*$/.test(method)')],
  },
  {
    what: 'accepts a version that is not HTTP/x.y',
    step,
    file: 'request.test.ts',
    check: m.rejectsMalformedRequestLine.name,
    hint: m.rejectsMalformedRequestLine.hint,
    edits: [inRequest('!/^HTTP\\/\\d\\.\\d$/.test(version)', "!version.startsWith('HTTP/')")],
  },
  {
    what: 'throws an Error without a message',
    step,
    file: 'request.test.ts',
    check: m.rejectsMalformedRequestLine.name,
    hint: m.rejectsMalformedRequestLine.unexplainedHint,
    edits: [
      inRequest(
        'throw new Error(`Malformed request line: ${JSON.stringify(requestLine)}`);',
        'throw new Error();',
      ),
    ],
  },
  {
    what: 'accepts a method in lower case',
    step,
    file: 'request.test.ts',
    check: m.rejectsLowerCaseMethod.name,
    hint: m.rejectsLowerCaseMethod.lowerCaseHint,
    edits: [inRequest('!/^[A-Z]+$/.test(method)', '!/^[A-Za-z]+$/.test(method)')],
  },
  {
    what: 'splits the request line on any whitespace, tabs included',
    step,
    file: 'request.test.ts',
    check: m.rejectsPartsNotSeparatedBySingleSpaces.name,
    hint: m.rejectsPartsNotSeparatedBySingleSpaces.hint,
    edits: [inRequest("requestLine.split(' ')", 'requestLine.split(/\\s/)')],
  },
  {
    what: 'accepts a request line without a target',
    step,
    file: 'request.test.ts',
    check: m.rejectsMalformedRequestLine.name,
    hint: m.rejectsMalformedRequestLine.hint,
    edits: [inRequest('    !target ||\n', '')],
  },
  {
    what: 'looks for HTTP/x.y anywhere in the version, in any case',
    step,
    file: 'request.test.ts',
    check: m.rejectsMalformedRequestLine.name,
    hint: m.rejectsMalformedRequestLine.hint,
    edits: [inRequest('!/^HTTP\\/\\d\\.\\d$/.test(version)', '!/HTTP\\/\\d\\.\\d/i.test(version)')],
  },
  {
    what: 'trims the request line before splitting it',
    step,
    file: 'request.test.ts',
    check: m.rejectsPartsNotSeparatedBySingleSpaces.name,
    hint: m.rejectsPartsNotSeparatedBySingleSpaces.hint,
    edits: [inRequest("requestLine.split(' ')", "requestLine.trim().split(' ')")],
  },
  {
    what: 'keeps the first value of a repeated header',
    step,
    file: 'request.test.ts',
    check: m.matchesHeaderNamesInAnyCase.name,
    hint: m.parsedWrongHint.headers,
    edits: [
      inRequest(
        'headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();',
        'headers[line.slice(0, colon).trim().toLowerCase()] ??= line.slice(colon + 1).trim();',
      ),
    ],
  },
  {
    what: 'keeps header names in the case they came in',
    step,
    file: 'request.test.ts',
    check: m.matchesHeaderNamesInAnyCase.name,
    hint: m.parsedWrongHint.headers,
    edits: [inRequest('line.slice(0, colon).trim().toLowerCase()', 'line.slice(0, colon).trim()')],
  },
];

const server: Mistake[] = [
  {
    what: 'prints that a request was bad, but not why',
    step,
    file: 'server.test.ts',
    check: m.closesMalformedRequestAndKeepsServing.name,
    hint: m.closesMalformedRequestAndKeepsServing.notWhyHint,
    edits: [
      inServer(
        'console.log(`Bad request: ${(error as Error).message}`);',
        "console.log('Bad request');",
      ),
    ],
  },
  {
    what: 'prints "Request:" before parseRequest has accepted the head',
    step,
    file: 'server.test.ts',
    check: m.closesMalformedRequestAndKeepsServing.name,
    hint: m.closesMalformedRequestAndKeepsServing.printedRequestHint,
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
    check: m.closesMalformedRequestAndKeepsServing.name,
    hint: m.closesMalformedRequestAndKeepsServing.notClosedHint,
    edits: [inServer(printed, printed.replace('\n  }', '\n    return;\n  }'))],
  },
  {
    what: 'ends the connection of a malformed request only',
    step,
    file: 'server.test.ts',
    check: m.endsConnectionAfterPrinting.name,
    hint: m.endsConnectionAfterPrinting.hint,
    edits: [
      inServer(printed, printed.replace('\n  }\n  socket.end();', '\n    socket.end();\n  }')),
    ],
  },
  {
    what: "has no 'error' listener, so a client's reset crashes it",
    step,
    file: 'server.test.ts',
    check: m.keepsRunningWhenClientLeavesEarly.name,
    hint: m.keepsRunningWhenClientLeavesEarly.hint,
    edits: [inServer("  socket.on('error', () => {});\n", '')],
  },
  {
    what: 'parses outside try a head that never came, and crashes',
    step,
    file: 'server.test.ts',
    check: m.keepsRunningWhenClientLeavesEarly.name,
    hint: m.keepsRunningWhenClientLeavesEarly.hint,
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
    check: m.keepsRunningWhenClientLeavesEarly.name,
    hint: m.keepsRunningWhenClientLeavesEarly.parsedUndefinedHint,
    edits: [
      inServer('  if (head === undefined) return;\n', ''),
      inServer('parseRequest(head);', 'parseRequest(head!);'),
    ],
  },
];

export const step02: Mistake[] = [...readHead, ...parseRequest, ...server];
