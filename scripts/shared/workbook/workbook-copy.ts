import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './paths.ts';

const copied = [
  'scripts',
  'steps',
  'solutions',
  'package.json',
  'tsconfig.json',
  'vitest.config.ts',
];

/** How a command ended, and what it printed. */
export type Finished = Pick<SpawnSyncReturns<string>, 'status' | 'stdout' | 'stderr'>;

/**
 * A private copy of the workbook in a temporary folder, for tests that run its commands end to
 * end: they may edit the learner's files and progress without touching the real ones.
 */
export class WorkbookCopy {
  readonly root = mkdtempSync(join(tmpdir(), 'workbook-copy-'));
  readonly #locale: string | undefined;
  readonly #timeoutMs: number;

  /**
   * `locale`: the learner's LANG, which then chooses the language; English otherwise.
   * `timeoutMs`: how long a command may run, longer for a whole step's checks on a busy machine.
   */
  constructor({ locale, timeoutMs = 60_000 }: { locale?: string; timeoutMs?: number } = {}) {
    this.#locale = locale;
    this.#timeoutMs = timeoutMs;
    for (const entry of copied)
      cpSync(join(root, entry), join(this.root, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(this.root, 'node_modules'), 'junction');
  }

  /** Runs `npm run <command> -- <args>` of this copy, as a learner would, and waits for it. */
  run(command: string, args: string[] = [], input?: string): SpawnSyncReturns<string> {
    return spawnSync(process.execPath, this.#args(command, args), {
      cwd: this.root,
      env: this.#env(),
      encoding: 'utf8',
      input: input ?? '',
      timeout: this.#timeoutMs,
    });
  }

  /** Runs a command as `run` does, without blocking: several commands can run side by side. */
  async runAsync(command: string, args: string[] = []): Promise<Finished> {
    const child = spawn(process.execPath, this.#args(command, args), {
      cwd: this.root,
      env: this.#env(),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: this.#timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const [status] = (await once(child, 'close')) as [number | null];
    return { status, stdout, stderr };
  }

  /** Starts a command and leaves it running, with its input open. */
  start(command: string, args: string[] = []) {
    return spawn(process.execPath, this.#args(command, args), { cwd: this.root, env: this.#env() });
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  #args(command: string, args: string[]): string[] {
    return ['--import', 'tsx', join(this.root, 'scripts', 'cli', `${command}.ts`), ...args];
  }

  #env(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    // Only the copy's own choice speaks: none of the caller's language settings reach it.
    for (const name of ['FORCE_COLOR', 'WORKBOOK_LANG', 'LC_ALL', 'LC_MESSAGES']) delete env[name];
    return this.#locale ? { ...env, LANG: this.#locale } : { ...env, WORKBOOK_LANG: 'en' };
  }
}
