import { m } from '../../../steps/07-graceful-shutdown/messages.ts';
import type { Edit } from './mutant.ts';
import type { Mistake } from './mistake.ts';

const inPool = (from: string, to: string): Edit => ({ file: 'thread-pool.ts', from, to });
const refusal =
  "return Promise.reject(new Error('The thread pool is closed: it takes no new jobs.'));";
/** The check and hint of a job given after close(). */
const refusingLateJobs = {
  step: '07-graceful-shutdown',
  file: 'thread-pool.test.ts',
  check: m.rejectsJobsAfterClose.name,
  hint: m.rejectsJobsAfterClose.acceptedHint,
};

/** The check of MAX_REQUESTS, with its hint for a server that does not count every connection. */
const countingConnections = {
  step: '07-graceful-shutdown',
  file: 'server.test.ts',
  check: m.stopsAfterMaxRequests.name,
  hint: m.stopsAfterMaxRequests.keptRunningHint,
};
const counting = '  connections += 1;\n  if (connections >= maxRequests) shutDown();\n';

export const step07: Mistake[] = [
  {
    what: 'refuses a late job with words that do not say why',
    ...refusingLateJobs,
    hint: m.rejectsJobsAfterClose.silentHint,
    edits: [inPool(refusal, "return Promise.reject(new Error('Job refused.'));")],
  },
  {
    what: 'counts a connection once its head has arrived',
    ...countingConnections,
    edits: [
      { file: 'server.ts', from: counting, to: '' },
      {
        file: 'server.ts',
        from: '  const head = await readHead(socket);\n',
        to: `  const head = await readHead(socket);\n${counting}`,
      },
    ],
  },
  {
    what: 'prints its shutdown lines before the jobs it took have settled',
    step: '07-graceful-shutdown',
    file: 'thread-pool.test.ts',
    check: m.printsShuttingDownWorker.name,
    hint: m.printsShuttingDownWorker.earlyHint,
    edits: [
      inPool(
        '    await Promise.allSettled(this.#unfinished);\n',
        '    for (const worker of this.#workers) console.log(`Shutting down worker ${worker.id}`);\n    await Promise.allSettled(this.#unfinished);\n',
      ),
      inPool('        console.log(`Shutting down worker ${worker.id}`);\n', ''),
    ],
  },
  {
    what: 'listens for Ctrl+C with on(), so that a second one does not end it',
    step: '07-graceful-shutdown',
    file: 'server.test.ts',
    check: m.endsAtOnceOnSecondCtrlC.name,
    hint: m.endsAtOnceOnSecondCtrlC.hint,
    edits: [
      {
        file: 'server.ts',
        from: "process.once('SIGINT', shutDown);",
        to: "process.on('SIGINT', shutDown);",
      },
    ],
  },
  {
    what: 'shuts down again on a second signal',
    step: '07-graceful-shutdown',
    file: 'server.test.ts',
    check: m.shutsDownOnceWhenAskedTwice.name,
    hint: m.shutsDownOnceWhenAskedTwice.hint,
    edits: [{ file: 'server.ts', from: '  if (!server.listening) return;\n', to: '' }],
  },
  {
    what: 'never says a worker disconnected',
    step: '07-graceful-shutdown',
    file: 'thread-pool.test.ts',
    check: m.printsWorkerDisconnected.name,
    hint: m.printsWorkerDisconnected.missingHint,
    edits: [
      {
        file: 'worker.ts',
        from: 'console.log(`Worker ${id} disconnected; shutting down.`);',
        to: '',
      },
    ],
  },
  {
    what: 'shuts its workers down again on a second close()',
    step: '07-graceful-shutdown',
    file: 'thread-pool.test.ts',
    check: m.printsShuttingDownWorker.name,
    hint: m.printsShuttingDownWorker.repeatedHint,
    edits: [
      {
        file: 'thread-pool.ts',
        from: 'this.#closing ??= this.#shutDown();',
        to: 'this.#closing = this.#shutDown();',
      },
    ],
  },
  {
    what: 'stops its workers without waiting for the jobs given before close()',
    step: '07-graceful-shutdown',
    file: 'thread-pool.test.ts',
    check: m.letsJobsFinishOnClose.name,
    hint: m.letsJobsFinishOnClose.cutOffHint,
    edits: [
      { file: 'thread-pool.ts', from: '    await Promise.allSettled(this.#unfinished);\n', to: '' },
    ],
  },
  {
    what: "resolves close() before its threads' exit",
    step: '07-graceful-shutdown',
    file: 'thread-pool.test.ts',
    check: m.endsThreadsBeforeCloseResolves.name,
    hint: m.endsThreadsBeforeCloseResolves.leftHint,
    edits: [
      {
        file: 'thread-pool.ts',
        from: '    return this.#exited;',
        to: '    return Promise.resolve();',
      },
    ],
  },
  {
    what: 'takes jobs after close()',
    ...refusingLateJobs,
    edits: [inPool(`    if (this.#closing)\n      ${refusal}\n`, '')],
  },
  {
    what: 'has no handler for SIGTERM',
    step: '07-graceful-shutdown',
    file: 'server.test.ts',
    check: m.exitsWithZeroAfterLastRequest.name,
    hint: m.exitsWithZeroAfterLastRequest.noHandlerHint,
    edits: [{ file: 'server.ts', from: "process.once('SIGTERM', shutDown);\n", to: '' }],
  },
  {
    what: 'never closes its pool, whose threads keep it running',
    step: '07-graceful-shutdown',
    file: 'server.test.ts',
    check: m.exitsWithZeroAfterLastRequest.name,
    hint: m.exitsWithZeroAfterLastRequest.lingersHint,
    edits: [{ file: 'server.ts', from: '    await pool.close();\n', to: '' }],
  },
  {
    what: 'ignores MAX_REQUESTS',
    step: '07-graceful-shutdown',
    file: 'server.test.ts',
    check: m.stopsAfterMaxRequests.name,
    hint: m.stopsAfterMaxRequests.keptRunningHint,
    edits: [
      { file: 'server.ts', from: 'Number(process.env.MAX_REQUESTS ?? Infinity)', to: 'Infinity' },
    ],
  },
  {
    what: 'throws at once from execute() after close()',
    ...refusingLateJobs,
    edits: [
      inPool(refusal, "throw new Error('The thread pool is closed: it takes no new jobs.');"),
    ],
  },
  {
    what: 'resolves a second close() at once',
    step: '07-graceful-shutdown',
    file: 'thread-pool.test.ts',
    check: m.endsThreadsBeforeCloseResolves.name,
    hint: m.endsThreadsBeforeCloseResolves.secondEarlyHint,
    edits: [
      {
        file: 'thread-pool.ts',
        from: '    this.#closing ??= this.#shutDown();\n    return this.#closing;',
        to: '    if (this.#closing) return Promise.resolve();\n    this.#closing = this.#shutDown();\n    return this.#closing;',
      },
    ],
  },
  {
    what: 'says "Shutting down." before its pool has closed',
    step: '07-graceful-shutdown',
    file: 'server.test.ts',
    check: m.stopsEveryWorkerOnSigterm.name,
    hint: m.stopsEveryWorkerOnSigterm.goodbyeEarlyHint,
    edits: [
      {
        file: 'server.ts',
        from: "    await pool.close();\n    console.log('Shutting down.');",
        to: "    console.log('Shutting down.');\n    await pool.close();",
      },
    ],
  },
  {
    what: 'counts only the requests it serves toward MAX_REQUESTS',
    ...countingConnections,
    edits: [
      { file: 'server.ts', from: counting, to: '' },
      {
        file: 'server.ts',
        from: '  console.log(`Request: ${head.split(/\\r?\\n/)[0]}`);\n',
        to: '  console.log(`Request: ${head.split(/\\r?\\n/)[0]}`);\n' + counting,
      },
    ],
  },
  {
    what: 'waits for the jobs with Promise.all, so that one failing job ends the wait',
    step: '07-graceful-shutdown',
    file: 'thread-pool.test.ts',
    check: m.letsJobsFinishOnClose.name,
    hint: m.letsJobsFinishOnClose.cutOffHint,
    edits: [
      inPool('await Promise.allSettled(this.#unfinished);', 'await Promise.all(this.#unfinished);'),
    ],
  },
  {
    what: 'keeps the promises of running jobs only, not of those still waiting',
    step: '07-graceful-shutdown',
    file: 'thread-pool.test.ts',
    check: m.letsJobsFinishOnClose.name,
    hint: m.letsJobsFinishOnClose.cutOffHint,
    edits: [
      inPool(
        '    const settled = () => this.#unfinished.delete(result);\n    this.#unfinished.add(result);\n    result.then(settled, settled);\n',
        '',
      ),
      inPool(
        '      worker\n        .run(job)\n        .then(resolve, reject)\n        .finally(() => {\n',
        '      const running = worker.run(job);\n      this.#unfinished.add(running);\n      running\n        .then(resolve, reject)\n        .finally(() => {\n          this.#unfinished.delete(running);\n',
      ),
    ],
  },
  {
    what: 'rejects a job after close() with a string, not an Error',
    ...refusingLateJobs,
    hint: m.rejectsJobsAfterClose.silentHint,
    edits: [
      inPool(refusal, "return Promise.reject('The thread pool is closed: it takes no new jobs.');"),
    ],
  },
  {
    what: 'prints "Shutting down worker {id}" once the worker has already ended',
    step: '07-graceful-shutdown',
    file: 'thread-pool.test.ts',
    check: m.printsWorkerDisconnected.name,
    hint: m.printsWorkerDisconnected.beforeToldHint,
    edits: [
      inPool(
        `      this.#workers.map((worker) => {
        console.log(\`Shutting down worker \${worker.id}\`);
        return worker.stop();
      }),`,
        `      this.#workers.map(async (worker) => {
        await worker.stop();
        console.log(\`Shutting down worker \${worker.id}\`);
      }),`,
      ),
    ],
  },
  {
    what: 'looks at MAX_REQUESTS only after a response from the pool',
    ...countingConnections,
    edits: [
      { file: 'server.ts', from: counting, to: '  connections += 1;\n' },
      {
        file: 'server.ts',
        from: '    socket.end((await pool.execute(job)) as Uint8Array);\n',
        to: '    socket.end((await pool.execute(job)) as Uint8Array);\n    if (connections >= maxRequests) shutDown();\n',
      },
    ],
  },
  {
    what: 'ends itself with process.exit(0) once it has shut down',
    step: '07-graceful-shutdown',
    file: 'server.test.ts',
    check: m.exitsWithZeroAfterLastRequest.name,
    hint: m.exitsWithZeroAfterLastRequest.calledExitHint,
    edits: [
      {
        file: 'server.ts',
        from: "    console.log('Shutting down.');",
        to: "    console.log('Shutting down.');\n    process.exit(0);",
      },
    ],
  },
  {
    what: 'exits at once on SIGTERM',
    step: '07-graceful-shutdown',
    file: 'server.test.ts',
    check: m.finishesSleepInFlightOnSigterm.name,
    hint: m.finishesSleepInFlightOnSigterm.cutOffHint,
    edits: [
      {
        file: 'server.ts',
        from: "process.once('SIGTERM', shutDown);",
        to: "process.once('SIGTERM', () => process.exit(0));",
      },
    ],
  },
];
