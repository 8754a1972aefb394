// @ts-check
// Server processes started ahead of time for watch mode (see harness/spare-server.mjs). Starting
// Node with tsx costs a third of a second, more than a quick check takes; a spare has paid it
// while the learner was editing. The checks run in vitest's worker threads, which end with every
// run, so the spares belong to the runner's main process. A check claims one over a local socket
// (harness/spare-client.ts); this side relays the server's output, its probe and its exit.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { preloadEnv, preloads } from './server-preloads.mjs';

const spareProgram = fileURLToPath(new URL('./spare-server.mjs', import.meta.url));
// Output written just before the exit can arrive after it; it is worth this long a wait.
const lateOutputMs = 500;

/** @typedef {import('node:child_process').ChildProcess} ChildProcess */
/** @typedef {import('node:net').Socket} Socket */

/**
 * Where spares are claimed: a socket file in `folder`, or on Windows a named pipe named after it.
 * @param {string} folder a folder of its own, which its owner removes
 */
export function claimsAddress(folder) {
  return process.platform === 'win32' ? `\\\\.\\pipe\\${basename(folder)}` : join(folder, 'spares');
}

/**
 * Listens for claims at `address` (see `claimsAddress`). After each run, `refill()` starts as
 * many spares as that run used, so the next run finds them ready.
 * @param {string} address
 */
export async function keepSpareServers(address) {
  // A runner stopped for hanging leaves its socket file behind; its successor takes its place.
  if (process.platform !== 'win32') rmSync(address, { force: true });
  /** @type {ChildProcess[]} */
  const ready = [];
  /** @type {Set<ChildProcess>} */
  const all = new Set();
  let claimed = 0;

  const start = () => {
    const child = spawn(process.execPath, [...preloads, spareProgram], {
      env: { ...process.env, ...preloadEnv },
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    });
    all.add(child);
    // A spare can die waiting (the system ran short of memory, say): it is no longer ready.
    child.on('exit', () => {
      all.delete(child);
      if (ready.includes(child)) ready.splice(ready.indexOf(child), 1);
    });
    child.stdin?.on('error', () => {});
    return child;
  };

  const claims = createServer((socket) => {
    claimed += 1;
    serve(socket, ready.shift() ?? start());
  });
  await new Promise((resolve) => claims.listen(address, () => resolve(undefined)));

  return {
    /** How many spares are started and unclaimed. */
    get waiting() {
      return ready.length;
    },
    refill() {
      const wanted = Math.max(1, claimed);
      claimed = 0;
      while (ready.length < wanted) ready.push(start());
    },
    close() {
      claims.close();
      all.forEach((child) => child.kill('SIGKILL'));
    },
  };
}

/**
 * Hands `child` to the check on `socket`. Lines from the check: the request, then signals.
 * Lines to the check: the pid, output chunks, probe chunks, and last the exit.
 * @param {Socket} socket
 * @param {ChildProcess} child
 */
function serve(socket, child) {
  const send = (/** @type {object} */ message) => {
    if (!socket.destroyed) socket.write(`${JSON.stringify(message)}\n`);
  };
  const relay = (/** @type {string} */ stream) => (/** @type {string} */ text) =>
    send({ [stream]: text });
  child.stdout?.setEncoding('utf8').on('data', relay('stdout'));
  child.stderr?.setEncoding('utf8').on('data', relay('stderr'));
  /** @type {import('node:stream').Readable} */ (child.stdio[3])
    .setEncoding('utf8')
    .on('data', relay('probe'));
  child.on('exit', (code, signal) => {
    const finish = () => {
      clearTimeout(timer);
      child.off('close', finish);
      send({ exit: { code, signal } });
      socket.end();
    };
    const timer = setTimeout(finish, lateOutputMs);
    child.once('close', finish);
  });
  // A check that goes away (its worker ended) takes its server with it.
  socket.on('close', () => child.kill('SIGKILL'));
  socket.on('error', () => {});

  let first = true;
  createInterface({ input: socket }).on('line', (line) => {
    if (first) {
      first = false;
      send({ pid: child.pid });
      child.stdin?.end(`${line}\n`);
    } else {
      child.kill(JSON.parse(line).signal);
    }
  });
}
