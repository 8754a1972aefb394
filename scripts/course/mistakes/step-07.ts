import { m } from '../../../steps/07-graceful-shutdown/messages.ts';
import type { Mistake } from './mistake.ts';

export const step07: Mistake[] = [
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
];
