import chalk from 'chalk';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { preloadEnv, preloads } from '../../learner-server/server-preloads.mjs';
import { readJsonLines } from '../../shared/json-lines.ts';
import { renderMarkdown } from '../../shared/markdown/render.ts';
import { killGroup, spawnGroup } from '../../checking/process-group.ts';
import { textWidth } from '../../shared/terminal/width.ts';
import type { Step } from '../../shared/workbook/steps.ts';
import { m } from './messages.ts';
import { isPortFree } from './port.ts';

const host = '127.0.0.1';

export interface ServeOptions {
  solution: boolean;
  port: number;
}

/**
 * Runs a step's server in the foreground until it stops or the learner presses Ctrl-C, and
 * resolves with the exit code the command should end with.
 */
export async function serve(step: Step, { solution, port }: ServeOptions): Promise<number> {
  if (!(await isPortFree(port, host))) {
    console.error(renderMarkdown(m.portTaken(`${host}:${port}`, port), textWidth()));
    return 1;
  }
  console.log(chalk.dim(m.starting(step.number, solution)));
  const server = spawnGroup(process.execPath, [...preloads, 'server.ts'], {
    cwd: solution ? step.solutionFolder : step.folder,
    env: { ...process.env, HOST: host, PORT: String(port), ...preloadEnv },
    stdio: ['ignore', 'inherit', 'pipe', 'pipe'],
  });
  const endWithUs = () => killGroup(server);
  process.once('exit', endWithUs);
  let errors = '';
  server.stderr!.setEncoding('utf8').on('data', (text: string) => {
    errors = (errors + text).slice(-10_000);
    process.stderr.write(text);
  });
  let listening = false;
  // The probe reports what the server's sockets do, one JSON line each.
  readJsonLines<{ listening?: AddressInfo | string }>(server.stdio[3] as Readable, (event) => {
    if (event.listening && typeof event.listening === 'object' && !listening) {
      listening = true;
      showTries(step.number, event.listening);
    }
  });

  let stopping = false;
  const interrupt = () => {
    if (stopping) {
      killGroup(server);
      return;
    }
    stopping = true;
    console.log(chalk.dim(`\n${m.stopping}`));
    // On Windows the console has already passed Ctrl-C to the server itself.
    if (process.platform !== 'win32') server.kill('SIGINT');
  };
  // Closing the terminal, or a plain kill, must not leave the server running on its own.
  const end = () => {
    stopping = true;
    killGroup(server);
  };
  process.on('SIGINT', interrupt);
  process.once('SIGTERM', end);
  process.once('SIGHUP', end);
  const [code, signal] = (await once(server, 'exit')) as [number | null, NodeJS.Signals | null];
  process.off('SIGINT', interrupt);
  process.off('SIGTERM', end);
  process.off('SIGHUP', end);
  killGroup(server);
  process.off('exit', endWithUs);

  if (stopping) {
    console.log(chalk.dim(m.stopped));
    return 0;
  }
  const how = signal ? m.signal(signal) : m.code(code ?? 0);
  if (/EADDRINUSE/.test(errors)) {
    console.error(renderMarkdown(m.portTaken(`${host}:${port}`, port), textWidth()));
  } else {
    console.error(chalk.yellow(listening ? m.exited(how) : m.exitedEarly(how)));
  }
  return code === 0 ? 0 : 1;
}

function showTries(step: number, address: AddressInfo): void {
  const url = `http://${address.address}:${address.port}/`;
  const tries = (m.tries[step] ?? m.defaultTries)(url);
  const longest = Math.max(...tries.map(([command]) => command.length));
  console.log(chalk.bold(`\n${m.listening(url)}`));
  for (const [command, what] of tries) {
    console.log(
      `  ${chalk.cyan(command.padEnd(longest))}  ${chalk.dim(renderMarkdown(what, 200))}`,
    );
  }
  console.log(`${m.browser(url)}\n`);
}
