import { m } from '../../../steps/07-graceful-shutdown/messages.ts';
import type { Mistake } from './mistake.ts';

export const step07: Mistake[] = [
  {
    what: 'listens for Ctrl+C with on(), so that a second one does not end it',
    step: '07-graceful-shutdown',
    file: 'server.test.ts',
    check: m.secondCtrlC.name,
    hint: m.secondCtrlC.hint,
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
    check: m.shutsDownOnce.name,
    hint: m.shutsDownOnce.hint,
    edits: [{ file: 'server.ts', from: '  if (!server.listening) return;\n', to: '' }],
  },
  {
    what: 'never says a worker disconnected',
    step: '07-graceful-shutdown',
    file: 'thread-pool.test.ts',
    check: m.disconnected.name,
    hint: m.disconnected.missingHint,
    edits: [
      {
        file: 'worker.ts',
        from: 'console.log(`Worker ${id} disconnected; shutting down.`);',
        to: '',
      },
    ],
  },
];
