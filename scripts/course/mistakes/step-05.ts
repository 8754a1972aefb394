import { m } from '../../../steps/05-slow-route/messages.ts';
import { m as badRequest } from '../../harness/http/bad-request-messages.ts';
import type { Edit } from './mutant.ts';
import type { Mistake } from './mistake.ts';

const step = '05-slow-route';
const file = 'server.test.ts';
const inRespond = (from: string, to: string): Edit => ({ file: 'respond.ts', from, to });
const inServer = (from: string, to: string): Edit => ({ file: 'server.ts', from, to });
const setting = 'const sleepMs = Number(process.env.SLEEP_MS ?? 5000);';
const sleeps = '      sleep(sleepMs);\n';
const sleepAnswer = m.answersSleepAfterSleepMs;
const lookalikes = m.answersLookalikesOfSleepWith404;
const routing = '  switch (`${request.method} ${request.target}`) {';
/** Sleeps before the routing, whenever `condition` holds, instead of in the GET /sleep branch. */
const sleepingFirst = (condition: string): Edit[] => [
  inRespond(routing, `  if (${condition}) sleep(sleepMs);\n${routing}`),
  inRespond(
    `${sleeps}      return ['HTTP/1.1 200 OK', 'hello.html'];\n`,
    "      return ['HTTP/1.1 200 OK', 'hello.html'];\n",
  ),
];

export const step05: Mistake[] = [
  {
    what: 'reads SLEEP_MS as seconds',
    step,
    file,
    check: sleepAnswer.name,
    hint: sleepAnswer.ignoresSettingHint,
    edits: [inRespond(setting, 'const sleepMs = Number(process.env.SLEEP_MS ?? 5) * 1000;')],
  },
  {
    what: 'sends the page first and sleeps afterwards',
    step,
    file,
    check: sleepAnswer.name,
    hint: sleepAnswer.sentBeforeSleepHint,
    edits: [
      inRespond(sleeps, ''),
      inRespond('function sleep(', 'export function sleep('),
      inRespond('const sleepMs =', 'export const sleepMs ='),
      inServer(
        "import { respond } from './respond.ts';",
        "import { respond, sleep, sleepMs } from './respond.ts';",
      ),
      inServer(
        'socket.end(respond(request));',
        "socket.end(respond(request));\n    if (request.target === '/sleep') sleep(sleepMs);",
      ),
    ],
  },
  {
    what: "sleeps on any target that starts with '/sleep'",
    step,
    file,
    check: lookalikes.name,
    hint: lookalikes.hint,
    edits: [
      inRespond("    case 'GET /sleep':\n", ''),
      inRespond(
        '  switch (`${request.method} ${request.target}`) {',
        "  if (request.method === 'GET' && request.target.startsWith('/sleep')) {\n    sleep(sleepMs);\n    return ['HTTP/1.1 200 OK', 'hello.html'];\n  }\n  switch (`${request.method} ${request.target}`) {",
      ),
      inRespond(`${sleeps}      return ['HTTP/1.1 200 OK', 'hello.html'];\n`, ''),
    ],
  },
  {
    what: 'serves /sleep?seconds=2 at once',
    step,
    file,
    check: lookalikes.name,
    hint: lookalikes.hint,
    edits: [
      inRespond(
        '    default:\n',
        "    default:\n      if (request.target.startsWith('/sleep?')) return ['HTTP/1.1 200 OK', 'hello.html'];\n",
      ),
    ],
  },
  {
    what: 'sleeps on /sleep whatever the method',
    step,
    file,
    check: m.answersPostSleepWith404Or405.name,
    hint: m.answersPostSleepWith404Or405.hint,
    edits: [
      inRespond(
        '  switch (`${request.method} ${request.target}`) {',
        "  if (request.target === '/sleep') {\n    sleep(sleepMs);\n    return ['HTTP/1.1 200 OK', 'hello.html'];\n  }\n  switch (`${request.method} ${request.target}`) {",
      ),
    ],
  },
  {
    what: 'sleeps before routing on any target that starts with /sleep',
    step,
    file,
    check: lookalikes.name,
    hint: lookalikes.sleptHint,
    edits: sleepingFirst("request.target.startsWith('/sleep')"),
  },
  {
    what: 'sleeps before routing on /sleep of any method',
    step,
    file,
    check: m.answersPostSleepWith404Or405.name,
    hint: m.answersPostSleepWith404Or405.hint,
    edits: sleepingFirst("request.target === '/sleep'"),
  },
  {
    what: 'takes SLEEP_MS=0 for a missing setting',
    step,
    file,
    check: sleepAnswer.name,
    hint: sleepAnswer.zeroIgnoredHint,
    edits: [
      inRespond('Number(process.env.SLEEP_MS ?? 5000)', 'Number(process.env.SLEEP_MS) || 5000'),
    ],
  },
  {
    what: 'waits for /sleep in a loop that watches the clock',
    step,
    file,
    check: m.sleepsFiveSecondsByDefault.name,
    hint: m.sleepsFiveSecondsByDefault.busyHint,
    edits: [
      inRespond(
        '  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);',
        '  const end = Date.now() + ms;\n  while (Date.now() < end) {}',
      ),
    ],
  },
  {
    what: 'answers /sleep with a head of its own, without headers',
    step,
    file,
    check: m.answersSleepAfterSleepMs.name,
    hint: m.answersSleepAfterSleepMs.otherHeadHint,
    edits: [
      inRespond(
        '  const [statusLine, page] = route(request);',
        "  if (request.method === 'GET' && request.target === '/sleep') {\n    sleep(sleepMs);\n    return Buffer.concat([Buffer.from('HTTP/1.1 200 OK\\r\\n\\r\\n'), readFileSync(new URL('hello.html', import.meta.url))]);\n  }\n  const [statusLine, page] = route(request);",
      ),
    ],
  },
  {
    what: 'sleeps on every request',
    step,
    file,
    check: m.answersRootAtOnceWhenIdle.name,
    hint: m.answersRootAtOnceWhenIdle.slowHint,
    edits: [
      inRespond(
        '  const [statusLine, page] = route(request);',
        '  sleep(sleepMs);\n  const [statusLine, page] = route(request);',
      ),
    ],
  },
  {
    what: 'waits for /sleep with a timer, which frees the thread',
    step,
    file,
    check: m.answersRootOnlyAfterSleep.name,
    hint: m.answersRootOnlyAfterSleep.earlyHint,
    edits: [
      inRespond(
        'export function respond(request: Request): Buffer {\n  const [statusLine, page] = route(request);',
        'export async function respond(request: Request): Promise<Buffer> {\n  const [statusLine, page] = await route(request);',
      ),
      inRespond(
        'function route(request: Request): [statusLine: string, page: string] {',
        'async function route(request: Request): Promise<[statusLine: string, page: string]> {',
      ),
      inRespond(sleeps, '      await new Promise((resolve) => setTimeout(resolve, sleepMs));\n'),
      inServer('socket.end(respond(request));', 'socket.end(await respond(request));'),
    ],
  },
  {
    what: 'sleeps 3 seconds when SLEEP_MS is not set',
    step,
    file,
    check: m.sleepsFiveSecondsByDefault.name,
    hint: m.sleepsFiveSecondsByDefault.wrongDefaultHint,
    edits: [inRespond(setting, 'const sleepMs = Number(process.env.SLEEP_MS ?? 3000);')],
  },
  {
    what: 'closes the connection of a malformed request without a word',
    step,
    file,
    check: m.answersBadRequest.name,
    hint: badRequest.answerHint,
    edits: [
      inServer(
        "socket.end('HTTP/1.1 400 Bad Request\\r\\nContent-Length: 0\\r\\nConnection: close\\r\\n\\r\\n');",
        'socket.end();',
      ),
    ],
  },
  {
    what: 'routes on the path alone, so /sleep?seconds=2 sleeps',
    step,
    file,
    check: lookalikes.name,
    hint: lookalikes.hint,
    edits: [inRespond(routing, "  switch (`${request.method} ${request.target.split('?')[0]}`) {")],
  },
  {
    what: 'sleeps on /sleep/ too',
    step,
    file,
    check: lookalikes.name,
    hint: lookalikes.hint,
    edits: [
      inRespond("    case 'GET /sleep':\n", "    case 'GET /sleep':\n    case 'GET /sleep/':\n"),
    ],
  },
  {
    what: 'answers /sleep with a status line of its own',
    step,
    file,
    check: sleepAnswer.name,
    hint: sleepAnswer.otherHeadHint,
    edits: [
      inRespond(
        "sleep(sleepMs);\n      return ['HTTP/1.1 200 OK', 'hello.html'];",
        "sleep(sleepMs);\n      return ['HTTP/1.1 200', 'hello.html'];",
      ),
    ],
  },
  {
    what: 'drops Content-Type from every response',
    step,
    file,
    check: sleepAnswer.name,
    hint: sleepAnswer.rootLostHint,
    edits: [inRespond("    'Content-Type: text/html; charset=utf-8',\n", '')],
  },
  {
    what: 'reads SLEEP_MS on every request',
    step,
    file,
    check: m.readsSleepMsOnce.name,
    hint: m.readsSleepMsOnce.hint,
    edits: [inRespond(sleeps, '      sleep(Number(process.env.SLEEP_MS ?? 5000));\n')],
  },
];
