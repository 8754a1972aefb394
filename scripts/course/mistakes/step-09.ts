import { m } from '../../../steps/09-keep-alive/messages.ts';
import type { Edit } from './mutant.ts';
import type { Mistake } from './mistake.ts';

const step = '09-keep-alive';
const inRequest = (from: string, to: string): Edit => ({ file: 'request.ts', from, to });
const bothTimersCleared = '    clearTimeout(waiting.deadline);\n    clearTimeout(waiting.quiet);';
/** The check that a timer left running does not keep the server alive after SIGTERM. */
const timerLeft = {
  step,
  file: 'shutdown.test.ts',
  check: m.exitsWithNoIdleTimerLeft.name,
  hint: m.exitsWithNoIdleTimerLeft.hint,
};

/** The check that a connection closes when its request asks for it. */
const closingOnRequest = {
  step,
  file: 'keep-alive.test.ts',
  check: m.closesWhenClientAsks.name,
  hint: m.closesWhenClientAsks.hint,
};

/** The check of the idle timeout a server falls back on. */
const quietByDefault = {
  step,
  file: 'keep-alive.test.ts',
  check: m.closesQuietConnectionAfterFiveSecondsByDefault.name,
  hint: m.closesQuietConnectionAfterFiveSecondsByDefault.hint,
};

/** The check of step 8's limits on every head of a connection. */
const headLimits = { step, file: 'reader.test.ts', check: m.keepsHeadLimitsOnEveryRequest.name };

export const step09: Mistake[] = [
  {
    what: 'reads on while a request is being answered',
    step,
    file: 'reader.test.ts',
    check: m.pausesWhileAnswering.name,
    hint: m.pausesWhileAnswering.hint,
    edits: [inRequest('this.#socket.pause();', ''), inRequest('this.#socket.resume();', '')],
  },
  {
    what: 'measures a head against its limit only once it is complete',
    ...headLimits,
    hint: m.keepsHeadLimitsOnEveryRequest.tooLongHint,
    edits: [
      inRequest(
        'if ((end === -1 ? this.#received.length : end) > maxHeadLength) {',
        'if (end > maxHeadLength) {',
      ),
    ],
  },
  {
    what: 'starts the head deadline while the connection is still quiet',
    ...headLimits,
    hint: m.keepsHeadLimitsOnEveryRequest.slowHint,
    edits: [
      inRequest(
        `        this.#waiting.quiet = setTimeout(() => this.#settle(undefined), idleMs);
      } else {
        this.#startDeadline();
      }`,
        `        this.#waiting.quiet = setTimeout(() => this.#settle(undefined), idleMs);
      }
      this.#startDeadline();`,
      ),
    ],
  },
  {
    what: "gives a new connection's first head no deadline until a byte comes",
    ...headLimits,
    hint: m.keepsHeadLimitsOnEveryRequest.silentFirstHint,
    edits: [
      inRequest(
        '      } else {\n        this.#startDeadline();',
        "      } else if (this.#received !== '') {\n        this.#startDeadline();",
      ),
    ],
  },
  {
    what: 'answers a connection that stayed quiet with a 408',
    step,
    file: 'keep-alive.test.ts',
    check: m.closesQuietConnectionAfterTimeout.name,
    hint: m.closesQuietConnectionAfterTimeout.spokeHint,
    edits: [
      inRequest(
        'this.#waiting.quiet = setTimeout(() => this.#settle(undefined), idleMs);',
        "this.#waiting.quiet = setTimeout(() => this.#settle(new HttpError(408, 'Request Timeout', 'Idle too long')), idleMs);",
      ),
    ],
  },
  {
    what: 'keeps the Connection: close of step 8 in every head',
    step,
    file: 'keep-alive.test.ts',
    check: m.answersSeveralRequestsOnOneConnection.name,
    hint: m.answersSeveralRequestsOnOneConnection.saysCloseHint,
    edits: [
      {
        file: 'respond.ts',
        from: '    `Content-Length: ${body.length}`,\n',
        to: "    `Content-Length: ${body.length}`,\n    'Connection: close',\n",
      },
    ],
  },
  {
    what: 'closes after a Connection: close request without saying so',
    ...closingOnRequest,
    edits: [
      {
        file: 'server.ts',
        from: `      close = shuttingDown || served + 1 >= requestsPerConnection || wantsClose(request);
      answer = serialize(ready, close);`,
        to: `      close = shuttingDown || served + 1 >= requestsPerConnection;
      answer = serialize(ready, close);
      close ||= wantsClose(request);`,
      },
    ],
  },
  {
    what: 'writes each response of a connection as soon as it is ready',
    step,
    file: 'keep-alive.test.ts',
    check: m.answersPipelinedRequestsInOrder.name,
    hint: m.answersPipelinedRequestsInOrder.outOfOrderHint,
    edits: [
      {
        file: 'server.ts',
        from: `      const ready = await response(request);
      // Decided once the response is ready: a shutdown may have begun while it was built.
      close = shuttingDown || served + 1 >= requestsPerConnection || wantsClose(request);
      answer = serialize(ready, close);`,
        to: `      const last = shuttingDown || served + 1 >= requestsPerConnection || wantsClose(request);
      void response(request).then((ready) =>
        last ? socket.end(serialize(ready, true)) : socket.write(serialize(ready, false)),
      );
      if (last) return;
      continue;`,
      },
    ],
  },
  {
    what: 'drops the bytes that follow a head in the same chunk',
    step,
    file: 'keep-alive.test.ts',
    check: m.answersPipelinedRequestsInOrder.name,
    hint: m.answersPipelinedRequestsInOrder.lostHint,
    edits: [
      {
        file: 'request.ts',
        from: 'this.#received = this.#received.slice(end + 4);',
        to: "this.#received = '';",
      },
    ],
  },
  {
    what: 'waits for new bytes though the next head is already in its buffer',
    step,
    file: 'keep-alive.test.ts',
    check: m.answersPipelinedRequestsInOrder.name,
    hint: m.answersPipelinedRequestsInOrder.lostHint,
    edits: [
      {
        file: 'request.ts',
        from: '      this.#look();\n      if (!this.#waiting) return;',
        to: '      if (!this.#waiting) return;',
      },
    ],
  },
  {
    what: 'leaves the idle timer running when a connection ends',
    ...timerLeft,
    edits: [inRequest(bothTimersCleared, '    clearTimeout(waiting.deadline);')],
  },
  {
    what: "leaves a head's deadline running when its client leaves",
    ...timerLeft,
    edits: [inRequest(bothTimersCleared, '    clearTimeout(waiting.quiet);')],
  },
  {
    what: 'never closes a quiet kept-open connection',
    step,
    file: 'keep-alive.test.ts',
    check: m.closesQuietConnectionAfterTimeout.name,
    hint: m.closesQuietConnectionAfterTimeout.neverClosedHint,
    edits: [
      {
        file: 'server.ts',
        from: 'reader.next(served === 0 ? undefined : keepAliveTimeoutMs)',
        to: 'reader.next()',
      },
    ],
  },
  {
    what: 'keeps to 5 s whatever KEEP_ALIVE_TIMEOUT_MS says',
    step,
    file: 'keep-alive.test.ts',
    check: m.closesQuietConnectionAfterTimeout.name,
    hint: m.closesQuietConnectionAfterTimeout.lateHint,
    edits: [
      {
        file: 'server.ts',
        from: 'Number(process.env.KEEP_ALIVE_TIMEOUT_MS ?? 5000)',
        to: '5000',
      },
    ],
  },
  {
    what: 'keeps the connection open when the client says Connection: close',
    ...closingOnRequest,
    edits: [{ file: 'server.ts', from: "return options.includes('close');", to: 'return false;' }],
  },
  {
    what: 'compares the Connection header with close as a whole, in lower case',
    ...closingOnRequest,
    edits: [
      {
        file: 'server.ts',
        from: "return options.includes('close');",
        to: "return request.headers.connection === 'close';",
      },
    ],
  },
  {
    what: 'keeps an HTTP/1.0 connection open that did not ask for it',
    ...closingOnRequest,
    edits: [
      {
        file: 'server.ts',
        from: "  if (request.version === 'HTTP/1.0') return !options.includes('keep-alive');\n",
        to: '',
      },
    ],
  },
  {
    what: 'closes every HTTP/1.0 connection, even one that asks for keep-alive',
    step,
    file: 'keep-alive.test.ts',
    check: m.keepsHttp10OpenWhenAsked.name,
    hint: m.keepsHttp10OpenWhenAsked.hint,
    edits: [
      {
        file: 'server.ts',
        from: "return !options.includes('keep-alive');",
        to: 'return true;',
      },
    ],
  },
  {
    what: 'serves any number of requests on one connection',
    step,
    file: 'keep-alive.test.ts',
    check: m.closesAfterRequestsPerConnection.name,
    hint: m.closesAfterRequestsPerConnection.unannouncedHint,
    edits: [{ file: 'server.ts', from: ' || served + 1 >= requestsPerConnection', to: '' }],
  },
  {
    what: 'keeps to 1,000 requests whatever REQUESTS_PER_CONNECTION says',
    step,
    file: 'keep-alive.test.ts',
    check: m.closesAfterRequestsPerConnection.name,
    hint: m.closesAfterRequestsPerConnection.unannouncedHint,
    edits: [
      {
        file: 'server.ts',
        from: 'Number(process.env.REQUESTS_PER_CONNECTION ?? 1000)',
        to: '1000',
      },
    ],
  },
  {
    what: 'keeps the connection open after answering a malformed request',
    step,
    file: 'reader.test.ts',
    check: m.closesAfterMalformedRequest.name,
    hint: m.closesAfterMalformedRequest.hint,
    edits: [
      {
        file: 'server.ts',
        from: `        { head: [\`HTTP/1.1 \${status} \${reason}\`, 'Content-Length: 0'], body: new Uint8Array() },
        true,
      );`,
        to: `        { head: [\`HTTP/1.1 \${status} \${reason}\`, 'Content-Length: 0'], body: new Uint8Array() },
        false,
      );
      close = false;`,
      },
    ],
  },
  {
    what: 'lets a later head grow without limit',
    step,
    file: 'reader.test.ts',
    check: m.keepsHeadLimitsOnEveryRequest.name,
    hint: m.keepsHeadLimitsOnEveryRequest.tooLongHint,
    edits: [
      {
        file: 'request.ts',
        from: 'if ((end === -1 ? this.#received.length : end) > maxHeadLength) {',
        to: 'if (false) {',
      },
    ],
  },
  {
    what: 'gives a head that has begun to arrive all the time it wants',
    step,
    file: 'reader.test.ts',
    check: m.keepsHeadLimitsOnEveryRequest.name,
    hint: m.keepsHeadLimitsOnEveryRequest.slowHint,
    edits: [
      {
        file: 'request.ts',
        from: "    } else if (this.#received !== '') {\n      this.#startDeadline();",
        to: "    } else if (this.#received !== '') {\n      clearTimeout(this.#waiting.quiet);",
      },
    ],
  },
  {
    what: 'waits for the \\r\\n\\r\\n of a head whose lines end in a bare \\n',
    step,
    file: 'reader.test.ts',
    check: m.keepsHeadLimitsOnEveryRequest.name,
    hint: m.keepsHeadLimitsOnEveryRequest.bareHint,
    edits: [
      {
        file: 'request.ts',
        from: '} else if (bareLineEnd.test(head)) {',
        to: '} else if (false) {',
      },
    ],
  },
  {
    what: 'on SIGTERM, keeps idle kept-open connections open',
    step,
    file: 'shutdown.test.ts',
    check: m.closesIdleConnectionsOnSigterm.name,
    hint: m.closesIdleConnectionsOnSigterm.hint,
    edits: [
      {
        file: 'server.ts',
        from: '  for (const [socket, reader] of readers) if (reader.idle) socket.destroy();\n',
        to: '',
      },
    ],
  },
  {
    what: 'on SIGTERM, keeps a busy connection open after its response',
    step,
    file: 'shutdown.test.ts',
    check: m.finishesSleepThenClosesOnSigterm.name,
    hint: m.finishesSleepThenClosesOnSigterm.noCloseHint,
    edits: [{ file: 'server.ts', from: 'close = shuttingDown || ', to: 'close = ' }],
  },
  {
    what: 'on SIGTERM, destroys the busy connections too',
    step,
    file: 'shutdown.test.ts',
    check: m.finishesSleepThenClosesOnSigterm.name,
    hint: m.finishesSleepThenClosesOnSigterm.cutOffHint,
    edits: [
      {
        file: 'server.ts',
        from: 'if (reader.idle) socket.destroy();',
        to: 'socket.destroy();',
      },
    ],
  },
  {
    what: 'counts a connection whose next head has begun to arrive as idle',
    step,
    file: 'shutdown.test.ts',
    check: m.answersArrivingRequestOnSigterm.name,
    hint: m.answersArrivingRequestOnSigterm.hint,
    edits: [
      {
        file: 'request.ts',
        from: "return this.#waiting !== undefined && this.#received === '';",
        to: 'return this.#waiting !== undefined;',
      },
    ],
  },
  {
    what: 'announces keep-alive on an error answer it then closes',
    step,
    file: 'reader.test.ts',
    check: m.closesAfterMalformedRequest.name,
    hint: m.closesAfterMalformedRequest.hint,
    edits: [{ file: 'server.ts', from: '        true,\n      );', to: '        false,\n      );' }],
  },
  {
    what: 'reads an HTTP/1.0 Connection header as one lower-case word',
    step,
    file: 'keep-alive.test.ts',
    check: m.keepsHttp10OpenWhenAsked.name,
    hint: m.keepsHttp10OpenWhenAsked.hint,
    edits: [
      {
        file: 'server.ts',
        from: "return !options.includes('keep-alive');",
        to: "return request.headers.connection !== 'keep-alive';",
      },
    ],
  },
  {
    what: 'gives the first head of a connection the keep-alive timeout',
    step,
    file: 'keep-alive.test.ts',
    check: m.closesQuietConnectionAfterTimeout.name,
    hint: m.closesQuietConnectionAfterTimeout.firstCutHint,
    edits: [
      {
        file: 'server.ts',
        from: 'reader.next(served === 0 ? undefined : keepAliveTimeoutMs)',
        to: 'reader.next(keepAliveTimeoutMs)',
      },
    ],
  },
  {
    what: 'falls back on 100 requests when REQUESTS_PER_CONNECTION is not set',
    step,
    file: 'keep-alive.test.ts',
    check: m.closesAfterRequestsPerConnection.name,
    hint: m.closesAfterRequestsPerConnection.defaultCapHint,
    edits: [
      {
        file: 'server.ts',
        from: 'Number(process.env.REQUESTS_PER_CONNECTION ?? 1000)',
        to: 'Number(process.env.REQUESTS_PER_CONNECTION ?? 100)',
      },
    ],
  },
  {
    what: 'closes a quiet connection at once when KEEP_ALIVE_TIMEOUT_MS is not set',
    ...quietByDefault,
    edits: [
      {
        file: 'server.ts',
        from: 'Number(process.env.KEEP_ALIVE_TIMEOUT_MS ?? 5000)',
        to: 'Number(process.env.KEEP_ALIVE_TIMEOUT_MS)',
      },
    ],
  },
  {
    what: "falls back on nginx's 75 s when KEEP_ALIVE_TIMEOUT_MS is not set",
    ...quietByDefault,
    edits: [
      {
        file: 'server.ts',
        from: 'Number(process.env.KEEP_ALIVE_TIMEOUT_MS ?? 5000)',
        to: 'Number(process.env.KEEP_ALIVE_TIMEOUT_MS ?? 75_000)',
      },
    ],
  },
  {
    what: 'leaves the idle timer running once the next head has begun',
    step,
    file: 'keep-alive.test.ts',
    check: m.closesQuietConnectionAfterTimeout.name,
    hint: m.closesQuietConnectionAfterTimeout.cutHeadHint,
    edits: [
      {
        file: 'request.ts',
        from: '    const waiting = this.#waiting!;\n    clearTimeout(waiting.quiet);\n    waiting.deadline ??=',
        to: '    const waiting = this.#waiting!;\n    waiting.deadline ??=',
      },
    ],
  },
  {
    what: 'counts a connection as idle only between requests',
    step,
    file: 'shutdown.test.ts',
    check: m.closesIdleConnectionsOnSigterm.name,
    hint: m.closesIdleConnectionsOnSigterm.freshHint,
    edits: [
      {
        file: 'request.ts',
        from: "return this.#waiting !== undefined && this.#received === '';",
        to: "return this.#waiting?.quiet !== undefined && this.#received === '';",
      },
    ],
  },
];
