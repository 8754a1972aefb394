import { m } from '../../../steps/06-thread-pool/messages.ts';
import type { Edit } from './mutant.ts';
import type { Mistake } from './mistake.ts';

const roundRobin: Edit = {
  file: 'thread-pool.ts',
  from: `    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.shift()!;`,
  to: `    while (this.#queue.length > 0) {
      const worker = this.#idle.shift()!;
      this.#idle.push(worker);`,
};

export const step06: Mistake[] = [
  {
    what: 'prints its job line once the job has run',
    step: '06-thread-pool',
    file: 'thread-pool.test.ts',
    check: m.printsGotAJob.name,
    hint: m.printsGotAJob.countHint,
    edits: [
      {
        file: 'worker.ts',
        from: '  console.log(`Worker ${id} got a job; executing.`);\n  pool.postMessage(await run(job));',
        to: '  pool.postMessage(await run(job));\n  console.log(`Worker ${id} got a job; executing.`);',
      },
    ],
  },
  {
    what: "rejects a failed job with a new Error of the job's message",
    step: '06-thread-pool',
    file: 'thread-pool.test.ts',
    check: m.rejectsFailedJobAndGoesOn.name,
    hint: m.rejectsFailedJobAndGoesOn.lostErrorHint,
    edits: [
      {
        file: 'thread-pool.ts',
        from: 'reject(outcome.error)',
        to: 'reject(new Error((outcome.error as Error).message))',
      },
    ],
  },
  {
    what: 'builds the 404 of a missing page on the main thread',
    step: '06-thread-pool',
    file: 'server.test.ts',
    check: m.printsWhichWorkerTookRequest.name,
    hint: m.printsWhichWorkerTookRequest.notOnPoolHint,
    edits: [
      {
        file: 'server.ts',
        from: "    const job = { module: respondModule, name: 'respond', args: [request] };\n",
        to: "    const job = { module: respondModule, name: 'respond', args: [request] };\n    if (request.target !== '/' && request.target !== '/sleep') {\n      socket.end((await import('./respond.ts')).respond(request));\n      return;\n    }\n",
      },
    ],
  },
  {
    what: 'deals jobs round-robin to workers that are still busy',
    step: '06-thread-pool',
    file: 'thread-pool.test.ts',
    check: m.givesJobToFreeWorker.name,
    hint: m.givesJobToFreeWorker.hint,
    edits: [
      roundRobin,
      {
        file: 'thread-pool.ts',
        from: `        .finally(() => {
          this.#idle.push(worker);
          this.#dispatch();
        });`,
        to: '',
      },
    ],
  },
  {
    what: "adds a 'message' listener per job with on()",
    step: '06-thread-pool',
    file: 'thread-pool.test.ts',
    check: m.leavesNoListenerPerJob.name,
    hint: m.leavesNoListenerPerJob.hint,
    edits: [
      {
        file: 'thread-pool.ts',
        from: "this.#thread.once('message'",
        to: "this.#thread.on('message'",
      },
    ],
  },
  {
    what: 'waits for /sleep with a timer inside the worker',
    step: '06-thread-pool',
    file: 'server.test.ts',
    check: m.holdsThreadForWholeSleep.name,
    hint: m.holdsThreadForWholeSleep.hint,
    edits: [
      {
        file: 'respond.ts',
        from: 'export function respond(request: Request): Buffer {\n  const [statusLine, page] = route(request);',
        to: 'export async function respond(request: Request): Promise<Buffer> {\n  const [statusLine, page] = await route(request);',
      },
      {
        file: 'respond.ts',
        from: 'function route(request: Request): [statusLine: string, page: string] {',
        to: 'async function route(request: Request): Promise<[statusLine: string, page: string]> {',
      },
      {
        file: 'respond.ts',
        from: '      sleep(sleepMs);',
        to: '      await new Promise((resolve) => setTimeout(resolve, sleepMs));',
      },
    ],
  },
  {
    what: 'uses another default pool size than the README names',
    step: '06-thread-pool',
    file: 'server.test.ts',
    check: m.startsFourThreadsByDefault.name,
    hint: m.startsFourThreadsByDefault.hint,
    edits: [
      { file: 'server.ts', from: 'process.env.POOL_SIZE ?? 4', to: 'process.env.POOL_SIZE ?? 2' },
    ],
  },
  {
    what: 'refuses a bad size with an Error that is not a RangeError',
    step: '06-thread-pool',
    file: 'thread-pool.test.ts',
    check: m.refusesBadSizes.name,
    hint: m.refusesBadSizes.wrongTypeHint,
    edits: [{ file: 'thread-pool.ts', from: 'throw new RangeError(', to: 'throw new Error(' }],
  },
  {
    what: 'refuses a bad size without naming it',
    step: '06-thread-pool',
    file: 'thread-pool.test.ts',
    check: m.refusesBadSizes.name,
    hint: m.refusesBadSizes.unnamedHint,
    edits: [{ file: 'thread-pool.ts', from: '1 or more, not ${size}`', to: '1 or more`' }],
  },
  {
    what: 'takes the newest waiting job first',
    step: '06-thread-pool',
    file: 'thread-pool.test.ts',
    check: m.takesWaitingJobsInOrder.name,
    hint: m.takesWaitingJobsInOrder.hint,
    edits: [
      {
        file: 'thread-pool.ts',
        from: 'const { job, resolve, reject } = this.#queue.shift()!;',
        to: 'const { job, resolve, reject } = this.#queue.pop()!;',
      },
    ],
  },
  {
    what: 'resolves the promise of a job that throws, with its error',
    step: '06-thread-pool',
    file: 'thread-pool.test.ts',
    check: m.rejectsFailedJobAndGoesOn.name,
    hint: m.rejectsFailedJobAndGoesOn.resolvedHint,
    edits: [
      {
        file: 'thread-pool.ts',
        from: 'outcome.ok ? resolve(outcome.value) : reject(outcome.error)',
        to: 'resolve(outcome.ok ? outcome.value : outcome.error)',
      },
    ],
  },
  {
    what: 'sends back the message of a failed job instead of its Error',
    step: '06-thread-pool',
    file: 'thread-pool.test.ts',
    check: m.rejectsFailedJobAndGoesOn.name,
    hint: m.rejectsFailedJobAndGoesOn.lostErrorHint,
    edits: [
      {
        file: 'worker.ts',
        from: 'return { ok: false, error };',
        to: 'return { ok: false, error: (error as Error).message };',
      },
    ],
  },
  {
    what: "imports the job's module outside the worker's try",
    step: '06-thread-pool',
    file: 'thread-pool.test.ts',
    check: m.rejectsFailedJobAndGoesOn.name,
    hint: m.rejectsFailedJobAndGoesOn.unimportableHint,
    edits: [
      {
        file: 'worker.ts',
        from: '  try {\n    if (!modules.has(job.module)) modules.set(job.module, import(job.module) as Promise<Code>);\n    const code = await modules.get(job.module)!;\n',
        to: '  if (!modules.has(job.module)) modules.set(job.module, import(job.module) as Promise<Code>);\n  const code = await modules.get(job.module)!;\n  try {\n',
      },
    ],
  },
  {
    what: 'gives every worker the same id',
    step: '06-thread-pool',
    file: 'thread-pool.test.ts',
    check: m.printsGotAJob.name,
    hint: m.printsGotAJob.idsHint,
    edits: [
      {
        file: 'thread-pool.ts',
        from: '(_, id) => new Worker(id));',
        to: '() => new Worker(0));',
      },
    ],
  },
  {
    what: 'prints no line when a worker gets a job',
    step: '06-thread-pool',
    file: 'thread-pool.test.ts',
    check: m.printsGotAJob.name,
    hint: m.printsGotAJob.noneHint,
    edits: [
      { file: 'worker.ts', from: '  console.log(`Worker ${id} got a job; executing.`);\n', to: '' },
    ],
  },
  {
    what: 'builds every response on the main thread',
    step: '06-thread-pool',
    file: 'server.test.ts',
    check: m.servesDuringSleep.name,
    hint: m.servesDuringSleep.notPooledHint,
    edits: [
      {
        file: 'server.ts',
        from: '    socket.end((await pool.execute(job)) as Uint8Array);',
        to: "    socket.end((await import('./respond.ts')).respond(job.args[0]!));",
      },
    ],
  },
  {
    what: 'starts a pool of its own for every request',
    step: '06-thread-pool',
    file: 'server.test.ts',
    check: m.runsPoolSizeSleepsAtOnce.name,
    hint: m.runsPoolSizeSleepsAtOnce.threadPerRequestHint,
    edits: [
      {
        file: 'server.ts',
        from: 'socket.end((await pool.execute(job)) as Uint8Array);',
        to: 'socket.end((await new ThreadPool(1).execute(job)) as Uint8Array);',
      },
    ],
  },
  {
    what: 'prints its line once a job has run, so that a job that throws prints none',
    step: '06-thread-pool',
    file: 'thread-pool.test.ts',
    check: m.printsGotAJob.name,
    hint: m.printsGotAJob.countHint,
    edits: [
      { file: 'worker.ts', from: '  console.log(`Worker ${id} got a job; executing.`);\n', to: '' },
      {
        file: 'worker.ts',
        from: '    return { ok: true, value: await code[job.name]!(...job.args) };',
        to: '    const value = await code[job.name]!(...job.args);\n    console.log(`Worker ${id} got a job; executing.`);\n    return { ok: true, value };',
      },
    ],
  },
];
