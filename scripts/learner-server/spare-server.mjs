// @ts-check
// A server process started ahead of time in watch mode: Node, tsx and the listening probe are
// loaded already, so when a check claims it, only the learner's code is left to import. The
// first line on stdin says what to run and how; from then on the process is the learner's server.
// Plain JavaScript, so that starting it costs nothing beyond what a real server start costs.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const lines = createInterface({ input: process.stdin });
const [line] = await once(lines, 'line');
lines.close();
// A real server's stdin is closed; an open one would keep a finished program running.
process.stdin.destroy();

/** @type {{ entry: string, cwd: string, env: Record<string, string> }} */
const { entry, cwd, env } = JSON.parse(line);
for (const name of Object.keys(process.env)) delete process.env[name];
Object.assign(process.env, env);
process.chdir(cwd);
process.argv[1] = entry;
await import(pathToFileURL(entry).href);
