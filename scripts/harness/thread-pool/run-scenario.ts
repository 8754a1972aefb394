import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Changes } from '../changes.ts';
import { readJsonLines } from '../../shared/json-lines.ts';
import { starterTodo } from '../starter-todo.ts';
import type { Exit } from '../../learner-server/protocol.ts';
import { compileWithoutThreads } from '../../learner-server/server-preloads.mjs';
import type { DescribedError, ScenarioEvent, Settled } from './protocol.ts';

const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const program = fileURLToPath(new URL('./scenario.ts', import.meta.url));
const running = new Set<() => void>();

// A test process that dies must not leave a scenario, and the learner's threads, behind.
process.on('exit', () => running.forEach((kill) => kill()));

export interface ScenarioOptions {
  /** The scenario's settings: pool size, job length, number of jobs. */
  params?: { size?: number; ms?: number; jobs?: number };
  timeoutMs?: number;
  /** More environment for the program and its threads, such as SLEEP_MS for respond.ts. */
  env?: Record<string, string>;
  /**
   * Worker threads print late: once the scenario is done, wait up to 5 s for this to hold, unless
   * a starter's placeholder threw, which is then all that `expectRan` reports.
   */
  until?: (run: ScenarioRun) => boolean;
}

/** What one scenario run showed: how each job ended, what the program printed, how it ended. */
export class ScenarioRun {
  readonly name: string;
  readonly timeoutMs: number;
  events: ScenarioEvent[] = [];
  output = '';
  exit: Exit | undefined;

  constructor(name: string, timeoutMs: number) {
    this.name = name;
    this.timeoutMs = timeoutMs;
  }

  /** Whether the scenario reached its end, or a point after which nothing more will come. */
  get over(): boolean {
    return this.events.some((event) => event.type !== 'settled' && event.type !== 'fact');
  }

  get done(): boolean {
    return this.events.some((event) => event.type === 'done');
  }

  /** The starter's `TODO(step N)` placeholder that a job, or the pool itself, failed with. */
  placeholder(): ReturnType<typeof starterTodo> {
    const errors = this.events.flatMap((event) => ('error' in event ? [event.error] : []));
    return errors.map((error) => starterTodo(error.stack || error.message)).find(Boolean);
  }

  /** Why the pool could not be loaded, or what crashed the program, if either happened. */
  problem(type: 'load-failed' | 'crashed'): DescribedError | undefined {
    const event = this.events.find((candidate) => candidate.type === type);
    return event && 'error' in event ? event.error : undefined;
  }

  settled(label: string): Settled | undefined {
    return this.events.find(
      (event): event is Settled => event.type === 'settled' && event.label === label,
    );
  }

  fact<T>(name: string): T | undefined {
    const event = this.events.find(
      (candidate) => candidate.type === 'fact' && candidate.name === name,
    );
    return event?.type === 'fact' ? (event.value as T) : undefined;
  }
}

/** Runs one scenario of scenarios.ts on the ThreadPool in `folder`, in a process of its own. */
export async function runScenario(
  folder: string,
  name: string,
  { params = {}, timeoutMs = 22_000, env = {}, until }: ScenarioOptions = {},
): Promise<ScenarioRun> {
  const run = new ScenarioRun(name, timeoutMs);
  const changes = new Changes();
  const child = spawn(
    process.execPath,
    ['--import', tsx, program, resolve(folder), name, JSON.stringify(params)],
    {
      cwd: folder,
      env: { ...process.env, ...env, ...compileWithoutThreads, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    },
  );
  const kill = () => child.kill('SIGKILL');
  running.add(kill);
  child.on('exit', (code, signal) => (run.exit = { code, signal }));
  // 'close' comes after 'exit' and after the last bytes of every pipe, events included.
  const closed = new Promise<void>((resolve) =>
    child.on('close', () => {
      running.delete(kill);
      changes.notify();
      resolve();
    }),
  );
  const print = (text: string) => {
    run.output += text;
    changes.notify();
  };
  child.stdout!.setEncoding('utf8').on('data', print);
  child.stderr!.setEncoding('utf8').on('data', print);
  readJsonLines<ScenarioEvent>(child.stdio[3] as Readable, (event) => {
    run.events.push(event);
    changes.notify();
  });

  const ended = () => !running.has(kill);
  await changes.waitFor(
    () => run.over || ended(),
    timeoutMs,
    () => false,
  );
  if (run.done && until && !run.placeholder()) await changes.waitFor(() => until(run), 5000, ended);
  kill();
  await closed;
  return run;
}

/** Runs the scenario when a check first asks for it; the checks that ask later share that run. */
export function sharedScenario(
  folder: string,
  name: string,
  options?: ScenarioOptions,
): () => Promise<ScenarioRun> {
  let run: Promise<ScenarioRun> | undefined;
  return () => (run ??= runScenario(folder, name, options));
}
