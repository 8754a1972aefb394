import { m } from '../../../steps/08-harden/messages.ts';
import { m as heads } from '../../harness/http/head-messages.ts';
import type { Mistake } from './mistake.ts';

const step = '08-harden';
const wellFormed = 'well-formed.test.ts';
const cheap = 'cheap.test.ts';

const methods = m.answers405And501ToOtherMethods;
const routing = m.routesOnPathAlone;
const inRespond = (from: string, to: string) => ({ file: 'respond.ts', from, to });
const inRequest = (from: string, to: string) => ({ file: 'request.ts', from, to });

export const step08: Mistake[] = [
  {
    what: 'destroys the socket right after end(), before the answer is sent',
    step,
    file: cheap,
    check: m.sendsLargePageWhole.name,
    hint: m.sendsLargePageWhole.hint,
    edits: [
      {
        file: 'server.ts',
        from: '  socket.end(answer, () => socket.destroy());',
        to: '  socket.end(answer);\n  socket.destroy();',
      },
    ],
  },
  {
    what: "leaves a head's deadline running once the head has come",
    step,
    file: 'limits.test.ts',
    check: m.clearsHeadDeadline.name,
    hint: m.clearsHeadDeadline.hint,
    edits: [
      inRequest(
        `      } else if (end !== -1) {
        stop();`,
        `      } else if (end !== -1) {
        socket.off('data', onData);
        socket.off('close', onClose);`,
      ),
      inRequest(
        `    const onClose = () => {
      stop();`,
        `    const onClose = () => {
      socket.off('data', onData);`,
      ),
    ],
  },
  {
    what: 'prints nothing for a request it refuses',
    step,
    file: cheap,
    check: m.printsNothingForServedRequests.name,
    hint: m.printsNothingForServedRequests.refusedSilentlyHint,
    edits: [
      {
        file: 'server.ts',
        from: '    console.log(`${status} ${reason}: ${(error as Error).message}`);\n',
        to: '',
      },
    ],
  },
  {
    what: 'takes a \\r that ends a piece for a bare one',
    step,
    file: 'limits.test.ts',
    check: m.servesSlowSteadyHead.name,
    hint: m.servesSlowSteadyHead.splitLineEndHint,
    edits: [
      inRequest(
        'const bareLineEnd = /\\r(?=[^\\n])|(?<!\\r)\\n/;',
        'const bareLineEnd = /\\r(?!\\n)|(?<!\\r)\\n/;',
      ),
    ],
  },
  {
    what: 'gives every refusal the reason Bad Request',
    step,
    file: 'limits.test.ts',
    check: m.refusesHeadPast8KiB.name,
    hint: m.wrongReasonHint,
    edits: [
      {
        file: 'server.ts',
        from: 'HTTP/1.1 ${status} ${reason}',
        to: 'HTTP/1.1 ${status} Bad Request',
      },
    ],
  },
  {
    what: 'answers 404 before 405, so POST /missing gets 404',
    step,
    file: wellFormed,
    check: methods.name,
    hint: methods.postHint,
    edits: [
      inRespond(
        '  if (!served.includes(request.method)) {',
        "  if (request.path !== '/' && request.path !== '/sleep') return { statusLine: 'HTTP/1.1 404 Not Found', page: '404.html' };\n  if (!served.includes(request.method)) {",
      ),
    ],
  },
  {
    what: 'knows too few methods, and answers PATCH and TRACE with 501',
    step,
    file: wellFormed,
    check: methods.name,
    hint: methods.postHint,
    edits: [inRespond("'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'];", "'OPTIONS'];")],
  },
  {
    what: 'sends the 404 page with its 405',
    step,
    file: wellFormed,
    check: methods.name,
    hint: methods.bodyHint,
    edits: [
      inRespond(
        "      headers: [`Allow: ${served.join(', ')}`],",
        "      page: '404.html',\n      headers: [`Allow: ${served.join(', ')}`],",
      ),
    ],
  },
  {
    what: 'keeps the query in the path of a target in absolute form',
    step,
    file: wellFormed,
    check: routing.name,
    hint: routing.absoluteHint,
    edits: [
      inRequest(
        '  return new URL(target).pathname;',
        "  return target.replace(/^https?:\\/\\/[^/]*/i, '') || '/';",
      ),
    ],
  },
  {
    what: 'reads the path of an origin-form target through new URL()',
    step,
    file: wellFormed,
    check: routing.name,
    hint: routing.doubledHint,
    edits: [
      inRequest(
        "  if (target.startsWith('/')) return target.split('?')[0];",
        "  if (target.startsWith('/')) return new URL(target, 'http://localhost').pathname;",
      ),
    ],
  },
  {
    what: 'sends every request but / to the pool',
    step,
    file: cheap,
    check: m.printsNothingForServedRequests.name,
    hint: m.printsNothingForServedRequests.rootOnPoolHint,
    edits: [
      {
        file: 'server.ts',
        from: "  return request.path === '/sleep';",
        to: "  return request.path !== '/';",
      },
    ],
  },
  {
    what: 'answers 400 when its own code fails',
    step: '08-harden',
    file: 'server-error.test.ts',
    check: m.answers500OnOwnError.name,
    hint: m.answers500OnOwnError.statusHint,
    edits: [
      {
        file: 'server.ts',
        from: 'error instanceof HttpError ? error : serverError;',
        to: "error instanceof HttpError ? error : { status: 400, reason: 'Bad Request' };",
      },
    ],
  },
  {
    what: 'builds every response on the main thread',
    step: '08-harden',
    file: 'pool.test.ts',
    check: m.runsSleepOnPool.name,
    hint: m.runsSleepOnPool.hint,
    edits: [
      {
        file: 'server.ts',
        from: 'if (!blocks(request)) return respond(request);',
        to: 'return respond(request);',
      },
    ],
  },
  {
    what: 'sends HEAD /sleep and /sleep?x=1 to the main thread',
    step,
    file: 'pool.test.ts',
    check: m.runsSleepOnPool.name,
    hint: m.runsSleepOnPool.byPathHint,
    edits: [
      {
        file: 'server.ts',
        from: "return request.path === '/sleep';",
        to: "return request.target === '/sleep' && request.method === 'GET';",
      },
    ],
  },
  {
    what: 'sends the body in answer to HEAD',
    step,
    file: wellFormed,
    check: m.answersHeadLikeGet.name,
    hint: m.answersHeadLikeGet.bodyHint,
    edits: [{ file: 'respond.ts', from: "request.method === 'HEAD' ? [] : [body]", to: '[body]' }],
  },
  {
    what: 'routes on the raw target',
    step,
    file: wellFormed,
    check: m.routesOnPathAlone.name,
    hint: m.routesOnPathAlone.queryHint,
    edits: [{ file: 'respond.ts', from: 'switch (request.path)', to: 'switch (request.target)' }],
  },
  {
    what: 'accepts two Host lines',
    step,
    file: wellFormed,
    check: m.answers400WithoutExactlyOneHost.name,
    hint: m.answers400WithoutExactlyOneHost.twoHint,
    edits: [
      {
        file: 'request.ts',
        from: "(name === 'host' || name === 'content-length') && name in headers",
        to: "name === 'content-length' && name in headers",
      },
    ],
  },
  {
    what: 'serves an HTTP/1.1 request without Host',
    step,
    file: wellFormed,
    check: m.answers400WithoutExactlyOneHost.name,
    hint: m.answers400WithoutExactlyOneHost.missingHint,
    edits: [
      {
        file: 'request.ts',
        from: "version === 'HTTP/1.1' && headers.host === undefined",
        to: 'false',
      },
    ],
  },
  {
    what: 'trims a header name, so that a space before the colon passes',
    step,
    file: wellFormed,
    check: m.refusesWhatNodeHttpRefuses.name,
    hint: heads.flawHints.spaceBeforeColon,
    edits: [
      {
        file: 'request.ts',
        from: 'line.slice(0, colon).toLowerCase()',
        to: 'line.slice(0, colon).trim().toLowerCase()',
      },
    ],
  },
  {
    what: 'waits for \\r\\n\\r\\n though a bare \\r or \\n has come',
    step,
    file: wellFormed,
    check: m.refusesWhatNodeHttpRefuses.name,
    hint: heads.silentHint,
    edits: [{ file: 'request.ts', from: 'bareLineEnd.test(', to: 'false && bareLineEnd.test(' }],
  },
  {
    what: 'serves every version',
    step,
    file: wellFormed,
    check: m.answers505ToOtherVersions.name,
    hint: m.answers505ToOtherVersions.not505Hint,
    edits: [
      { file: 'request.ts', from: "version !== 'HTTP/1.1' && version !== 'HTTP/1.0'", to: 'false' },
    ],
  },
  {
    what: 'answers 505 to HTTP/1.0',
    step,
    file: wellFormed,
    check: m.answers505ToOtherVersions.name,
    hint: m.answers505ToOtherVersions.http10Hint,
    edits: [
      {
        file: 'request.ts',
        from: "version !== 'HTTP/1.1' && version !== 'HTTP/1.0'",
        to: "version !== 'HTTP/1.1'",
      },
    ],
  },
  {
    what: 'answers 405 without Allow',
    step,
    file: wellFormed,
    check: m.answers405And501ToOtherMethods.name,
    hint: m.answers405And501ToOtherMethods.allowHint,
    edits: [
      { file: 'respond.ts', from: "headers: [`Allow: ${served.join(', ')}`]", to: 'headers: []' },
    ],
  },
  {
    what: 'answers 501 to POST',
    step,
    file: wellFormed,
    check: m.answers405And501ToOtherMethods.name,
    hint: m.answers405And501ToOtherMethods.postHint,
    edits: [
      {
        file: 'respond.ts',
        from: "const known = [...served, 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'];",
        to: 'const known = [...served];',
      },
    ],
  },
  {
    what: 'answers 405 to a method HTTP does not define',
    step,
    file: wellFormed,
    check: m.answers405And501ToOtherMethods.name,
    hint: m.answers405And501ToOtherMethods.unknownHint,
    edits: [
      {
        file: 'respond.ts',
        from: "if (!known.includes(request.method)) return { statusLine: 'HTTP/1.1 501 Not Implemented' };\n",
        to: '',
      },
    ],
  },
  {
    what: 'refuses the empty line before the request line',
    step,
    file: wellFormed,
    check: m.skipsEmptyLineBeforeRequest.name,
    hint: m.skipsEmptyLineBeforeRequest.hint,
    edits: [{ file: 'request.ts', from: "head.replace(/^\\r\\n/, '')", to: 'head' }],
  },
  {
    what: 'prints a line for every connection',
    step,
    file: cheap,
    check: m.printsNothingForServedRequests.name,
    hint: m.printsNothingForServedRequests.printedHint,
    edits: [
      {
        file: 'server.ts',
        from: '  connections += 1;\n',
        to: "  connections += 1;\n  console.log('Connection established!');\n",
      },
    ],
  },
  {
    what: 'sends GET / to the pool too',
    step,
    file: cheap,
    check: m.printsNothingForServedRequests.name,
    hint: m.printsNothingForServedRequests.rootOnPoolHint,
    edits: [{ file: 'server.ts', from: 'if (!blocks(request)) return respond(request);', to: '' }],
  },
  {
    what: 'closes only its own side after answering',
    step,
    file: cheap,
    check: m.closesBothSidesAfterAnswer.name,
    hint: m.closesBothSidesAfterAnswer.halfClosedHint,
    edits: [
      {
        file: 'server.ts',
        from: 'socket.end(answer, () => socket.destroy());',
        to: 'socket.end(answer);',
      },
    ],
  },
  {
    what: 'reads the head as UTF-8',
    step,
    file: 'limits.test.ts',
    check: m.limitsHeadInBytes.name,
    hint: m.limitsHeadInBytes.servedHint,
    edits: [{ file: 'request.ts', from: "chunk.toString('latin1')", to: "chunk.toString('utf8')" }],
  },
  {
    what: 'reads the page again for every request',
    step,
    file: cheap,
    check: m.readsPagesOnceAtStart.name,
    hint: m.readsPagesOnceAtStart.hint,
    edits: [
      {
        file: 'respond.ts',
        from: 'const body = page ? pages[page] : Buffer.alloc(0);',
        to: 'const body = page ? readFileSync(new URL(page, import.meta.url)) : Buffer.alloc(0);',
      },
    ],
  },
];
