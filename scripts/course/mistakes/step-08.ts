import { m } from '../../../steps/08-harden/messages.ts';
import type { Mistake } from './mistake.ts';

export const step08: Mistake[] = [
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
];
