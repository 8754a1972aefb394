import { m as m6 } from '../../../steps/06-thread-pool/messages.ts';
import { m as m7 } from '../../../steps/07-graceful-shutdown/messages.ts';
import { m as m8 } from '../../../steps/08-harden/messages.ts';
import type { Edit } from './mutant.ts';

/** A plausible wrong solution, and what the check written for it must say. */
export interface Mistake {
  /** What the learner got wrong, as a test title. */
  what: string;
  step: string;
  /** The test file, in the step's folder, holding the check. */
  file: string;
  check: string;
  /** The hint the failing check must give. */
  hint: string;
  edits: Edit[];
}

const roundRobin: Edit = {
  file: 'thread-pool.ts',
  from: `    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.shift()!;`,
  to: `    while (this.#queue.length > 0) {
      const worker = this.#idle.shift()!;
      this.#idle.push(worker);`,
};

export const mistakes: Mistake[] = [
  {
    what: 'deals jobs round-robin to workers that are still busy',
    step: '06-thread-pool',
    file: 'thread-pool.test.ts',
    check: m6.freeWorker.name,
    hint: m6.freeWorker.hint,
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
    check: m6.listeners.name,
    hint: m6.listeners.hint,
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
    check: m6.holdsThread.name,
    hint: m6.holdsThread.hint,
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
    check: m6.defaultSize.name,
    hint: m6.defaultSize.hint,
    edits: [
      { file: 'server.ts', from: 'process.env.POOL_SIZE ?? 4', to: 'process.env.POOL_SIZE ?? 2' },
    ],
  },
  {
    what: 'listens for Ctrl+C with on(), so that a second one does not end it',
    step: '07-graceful-shutdown',
    file: 'server.test.ts',
    check: m7.secondCtrlC.name,
    hint: m7.secondCtrlC.hint,
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
    check: m7.shutsDownOnce.name,
    hint: m7.shutsDownOnce.hint,
    edits: [{ file: 'server.ts', from: '  if (!server.listening) return;\n', to: '' }],
  },
  {
    what: 'never says a worker disconnected',
    step: '07-graceful-shutdown',
    file: 'thread-pool.test.ts',
    check: m7.disconnected.name,
    hint: m7.disconnected.missingHint,
    edits: [
      {
        file: 'worker.ts',
        from: 'console.log(`Worker ${id} disconnected; shutting down.`);',
        to: '',
      },
    ],
  },
  {
    what: 'answers 400 when its own code fails',
    step: '08-harden',
    file: 'server-error.test.ts',
    check: m8.ownError.name,
    hint: m8.ownError.statusHint,
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
    check: m8.sleepOnPool.name,
    hint: m8.sleepOnPool.hint,
    edits: [
      {
        file: 'server.ts',
        from: 'if (!blocks(request)) return respond(request);',
        to: 'return respond(request);',
      },
    ],
  },
];
