// @ts-check
// Loaded into the learner's server with --import, before server.ts. It tells the harness, on the
// pipe named by WORKBOOK_PROBE_FD, the moment a TCP server starts listening, so tests wait for that
// event instead of sleeping or probing with connections the server would have to answer.
// Plain JavaScript on purpose: worker threads inherit --import and cannot load TypeScript on Node 20.
import { writeSync } from 'node:fs';
import net from 'node:net';
import { isMainThread } from 'node:worker_threads';

const fd = Number(process.env.WORKBOOK_PROBE_FD);

if (isMainThread && Number.isInteger(fd) && fd > 2) {
  const listen = net.Server.prototype.listen;
  net.Server.prototype.listen = function (/** @type {any[]} */ ...args) {
    this.once('listening', () => {
      writeSync(fd, `${JSON.stringify({ listening: this.address() })}\n`);
    });
    return listen.apply(this, /** @type {any} */ (args));
  };
}
