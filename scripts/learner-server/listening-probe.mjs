// @ts-check
// Loaded into the learner's server with --import, before server.ts. It tells the harness, on the
// pipe named by WORKBOOK_PROBE_FD, the moment a TCP server starts listening, each connection it
// accepts, the moment it stops listening, and each worker thread it starts and ends, so tests wait for
// those events instead of sleeping or probing with connections the server would have to answer. It
// also tells of a call to process.exit(), which a graceful shutdown has no need of.
// Plain JavaScript on purpose: worker threads inherit --import and cannot load TypeScript on Node 20.
import { writeSync } from 'node:fs';
import net from 'node:net';
import { isMainThread } from 'node:worker_threads';

const fd = Number(process.env.WORKBOOK_PROBE_FD);
const report = (/** @type {object} */ event) => writeSync(fd, `${JSON.stringify(event)}\n`);

if (isMainThread && Number.isInteger(fd) && fd > 2) {
  process.on('worker', (worker) => {
    report({ threadStarted: true });
    worker.once('exit', () => report({ threadEnded: true }));
  });
  const exit = process.exit;
  process.exit = function (/** @type {any} */ code) {
    report({ exitCalled: true });
    return exit.call(process, code);
  };
  const { listen, close } = net.Server.prototype;
  net.Server.prototype.listen = function (/** @type {any[]} */ ...args) {
    this.once('listening', () => report({ listening: this.address() }));
    this.on('connection', () => report({ accepted: true }));
    return listen.apply(this, /** @type {any} */ (args));
  };
  // close() shuts the listening socket at once (the callback waits for open connections), so
  // from this report on, a new connection is refused.
  net.Server.prototype.close = function (/** @type {any[]} */ ...args) {
    const wasListening = this.listening;
    const result = close.apply(this, /** @type {any} */ (args));
    if (wasListening) report({ stoppedListening: true });
    return result;
  };
}
