import { m } from '../../../steps/04-serve-html/messages.ts';
import { m as http } from '../../harness/http/http-messages.ts';
import type { Edit } from './mutant.ts';
import type { Mistake } from './mistake.ts';

const step = '04-serve-html';
const file = 'server.test.ts';
const inRespond = (from: string, to: string): Edit => ({ file: 'respond.ts', from, to });
const readPage = 'const body = readFileSync(new URL(page, import.meta.url));';
const contentType = "'Content-Type: text/html; charset=utf-8'";
const route = "request.method === 'GET' && request.target === '/'";
const notFound = "'HTTP/1.1 404 Not Found'";
const joined = "head.join('\\r\\n')}\\r\\n\\r\\n";

const response: Mistake[] = [
  {
    what: 'writes the page and keeps the connection open',
    step,
    file,
    check: m.servesHelloHtmlOnRoot.name,
    hint: http.keptOpenHint,
    edits: [
      {
        file: 'server.ts',
        from: 'socket.end(respond(request));',
        to: 'socket.write(respond(request));',
      },
    ],
  },
  {
    what: 'goes from its headers straight to the page',
    step,
    file,
    check: m.servesHelloHtmlOnRoot.name,
    hint: http.emptyLineHint,
    edits: [inRespond(joined, "head.join('\\r\\n')}\\r\\n")],
  },
  {
    what: 'leaves out Content-Length',
    step,
    file,
    check: m.saysPageLengthInBytes.name,
    hint: http.noContentLengthHint,
    edits: [inRespond('    `Content-Length: ${body.length}`,\n', '')],
  },
  {
    what: 'counts the characters of the page instead of its bytes',
    step,
    file,
    check: m.saysPageLengthInBytes.name,
    hint: http.charactersNotBytesHint,
    edits: [
      inRespond(
        readPage,
        "const text = readFileSync(new URL(page, import.meta.url), 'utf8');\n  const body = { length: text.length, text };",
      ),
      inRespond(
        "return Buffer.concat([Buffer.from(`${head.join('\\r\\n')}\\r\\n\\r\\n`), body]);",
        "return Buffer.from(`${head.join('\\r\\n')}\\r\\n\\r\\n${body.text}`);",
      ),
    ],
  },
  {
    what: 'leaves the charset out of Content-Type',
    step,
    file,
    check: m.labelsPageAsUtf8Html.name,
    hint: m.labelsPageAsUtf8Html.hint,
    edits: [inRespond(contentType, "'Content-Type: text/html'")],
  },
  {
    what: 'does not announce Connection: close',
    step,
    file,
    check: m.announcesAndClosesConnection.name,
    hint: m.announcesAndClosesConnection.hint,
    edits: [inRespond("    'Connection: close',\n", '')],
  },
  {
    what: 'reads its pages from the folder it was started in',
    step,
    file,
    check: m.findsPagesFromAnotherFolder.name,
    hint: m.findsPagesFromAnotherFolder.hint,
    edits: [inRespond(readPage, 'const body = readFileSync(page);')],
  },
];

const routing: Mistake[] = [
  {
    what: 'serves any file of its folder that the path names',
    step,
    file,
    check: m.answersOtherPathsWith404.name,
    hint: m.answersOtherPathsWith404.statusHint,
    edits: [
      inRespond(
        `${route}
      ? ['HTTP/1.1 200 OK', 'hello.html']`,
        `request.method === 'GET' && existsSync(new URL(request.target === '/' ? 'hello.html' : \`.\${request.target}\`, import.meta.url))
      ? ['HTTP/1.1 200 OK', request.target === '/' ? 'hello.html' : \`.\${request.target}\`]`,
      ),
      inRespond(
        "import { readFileSync } from 'node:fs';",
        "import { existsSync, readFileSync } from 'node:fs';",
      ),
    ],
  },
  {
    what: 'routes /?name=value as /',
    step,
    file,
    check: m.answersQueryStringWith404.name,
    hint: m.answersQueryStringWith404.hint,
    edits: [inRespond(route, "request.method === 'GET' && request.target.split('?')[0] === '/'")],
  },
  {
    what: 'leaves the reason out of its 200 status line',
    step,
    file,
    check: m.saysPageLengthInBytes.name,
    hint: m.servesHelloHtmlOnRoot.statusHint,
    edits: [inRespond("['HTTP/1.1 200 OK', 'hello.html']", "['HTTP/1.1 200', 'hello.html']")],
  },
  {
    what: 'turns away POST and DELETE only, and serves the page to PUT',
    step,
    file,
    check: m.answersOtherMethodsWith404Or405.name,
    hint: m.answersOtherMethodsWith404Or405.hint,
    edits: [
      inRespond(route, "!['POST', 'DELETE'].includes(request.method) && request.target === '/'"),
    ],
  },
  {
    what: 'answers other methods with a 404 that has no headers',
    step,
    file,
    check: m.answersOtherMethodsWith404Or405.name,
    hint: m.answersOtherPathsWith404.headersHint,
    edits: [
      inRespond(
        '  // Relative to this file',
        `  if (request.method !== 'GET') {
    const page404 = readFileSync(new URL('404.html', import.meta.url));
    return Buffer.concat([Buffer.from('HTTP/1.1 404 Not Found\\r\\nContent-Length: ' + page404.length + '\\r\\n\\r\\n'), page404]);
  }
  // Relative to this file`,
      ),
    ],
  },
  {
    what: 'answers an unknown path with 200 and the 404 page',
    step,
    file,
    check: m.answersOtherPathsWith404.name,
    hint: m.answersOtherPathsWith404.statusHint,
    edits: [inRespond(notFound, "'HTTP/1.1 200 OK'")],
  },
  {
    what: 'leaves the reason out of its 404 status line',
    step,
    file,
    check: m.answersOtherPathsWith404.name,
    hint: m.answersOtherPathsWith404.statusHint,
    edits: [inRespond(notFound, "'HTTP/1.1 404'")],
  },
  {
    what: 'sends hello.html with its 404',
    step,
    file,
    check: m.answersOtherPathsWith404.name,
    hint: m.answersOtherPathsWith404.bodyHint,
    edits: [
      inRespond(
        "['HTTP/1.1 404 Not Found', '404.html']",
        "['HTTP/1.1 404 Not Found', 'hello.html']",
      ),
    ],
  },
  {
    what: 'leaves the headers out of its 404',
    step,
    file,
    check: m.answersOtherPathsWith404.name,
    hint: m.answersOtherPathsWith404.headersHint,
    edits: [
      inRespond(
        "return Buffer.concat([Buffer.from(`${head.join('\\r\\n')}\\r\\n\\r\\n`), body]);",
        "const lines = statusLine.includes('404') ? [statusLine] : head;\n  return Buffer.concat([Buffer.from(`${lines.join('\\r\\n')}\\r\\n\\r\\n`), body]);",
      ),
    ],
  },
  {
    what: 'refuses every version but HTTP/1.1',
    step,
    file,
    check: m.servesHttp10Too.name,
    hint: m.servesHttp10Too.hint,
    edits: [
      {
        file: 'request.ts',
        from: '!/^HTTP\\/\\d\\.\\d$/.test(version)',
        to: "version !== 'HTTP/1.1'",
      },
    ],
  },
  {
    what: 'takes the status from the path but the page from the whole target',
    step,
    file,
    check: m.answersQueryStringWith404.name,
    hint: m.answersQueryStringWith404.hint,
    edits: [
      inRespond(
        `  const [statusLine, page] =\n    ${route}\n      ? ['HTTP/1.1 200 OK', 'hello.html']\n      : ['HTTP/1.1 404 Not Found', '404.html'];`,
        `  const found = request.method === 'GET' && request.target.split('?')[0] === '/';\n  const statusLine = found ? 'HTTP/1.1 200 OK' : 'HTTP/1.1 404 Not Found';\n  const page = ${route} ? 'hello.html' : '404.html';`,
      ),
    ],
  },
  {
    what: 'serves the page to any method',
    step,
    file,
    check: m.answersOtherMethodsWith404Or405.name,
    hint: m.answersOtherMethodsWith404Or405.hint,
    edits: [inRespond(route, "request.target === '/'")],
  },
  {
    what: 'serves /index.html as well as /',
    step,
    file,
    check: m.answersOtherPathsWith404.name,
    hint: m.answersOtherPathsWith404.statusHint,
    edits: [
      inRespond(route, "request.method === 'GET' && ['/', '/index.html'].includes(request.target)"),
    ],
  },
  {
    what: 'answers POST / with a 404 status and hello.html',
    step,
    file,
    check: m.answersOtherMethodsWith404Or405.name,
    hint: m.answersOtherMethodsWith404Or405.wrongPageHint,
    edits: [
      inRespond(
        `  const [statusLine, page] =\n    ${route}\n      ? ['HTTP/1.1 200 OK', 'hello.html']\n      : ['HTTP/1.1 404 Not Found', '404.html'];`,
        `  const statusLine = ${route} ? 'HTTP/1.1 200 OK' : 'HTTP/1.1 404 Not Found';\n  const page = request.target === '/' ? 'hello.html' : '404.html';`,
      ),
    ],
  },
  {
    what: 'treats only POST as another method',
    step,
    file,
    check: m.answersOtherMethodsWith404Or405.name,
    hint: m.answersOtherMethodsWith404Or405.hint,
    edits: [inRespond(route, "request.method !== 'POST' && request.target === '/'")],
  },
  {
    what: 'builds the response outside the try, and crashes when that fails',
    step,
    file,
    check: m.answers500WhenRespondFails.name,
    hint: m.answers500WhenRespondFails.crashedHint,
    edits: [
      {
        file: 'server.ts',
        from: '  try {\n    socket.end(respond(request));',
        to: '  const response = respond(request);\n  try {\n    socket.end(response);',
      },
    ],
  },
  {
    what: 'ends the lines of its 400 with a bare \\n',
    step,
    file,
    check: m.answersBadRequest.name,
    hint: http.crlfHint,
    edits: [
      {
        file: 'server.ts',
        from: "'HTTP/1.1 400 Bad Request\\r\\nContent-Length: 0\\r\\nConnection: close\\r\\n\\r\\n'",
        to: "'HTTP/1.1 400 Bad Request\\n\\n'",
      },
    ],
  },
];

export const step04: Mistake[] = [...response, ...routing];
