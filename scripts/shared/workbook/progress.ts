import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { stateFolder } from './paths.ts';

export type StepState = 'passed' | 'failing';

export interface StepProgress {
  /** The last run's result; a reset forgets it. */
  state?: StepState;
  at?: string;
  /** Fingerprints of the files that passed (see fingerprint.ts), the latest last. */
  passes?: string[];
}

export interface Progress {
  steps: Record<string, StepProgress>;
  /** How many hints of each step the learner has asked for. */
  hints: Record<string, number>;
  /** The steps that `npm run carry` filled with the learner's own files, and from which step. */
  carried?: Record<string, number>;
}

const empty = (): Progress => ({ steps: {}, hints: {} });

export interface LoadedProgress {
  progress: Progress;
  /** Set when the file existed but could not be read; it will be rewritten on the next save. */
  corrupt?: string;
}

function isProgress(value: unknown): value is Progress {
  const candidate = value as Progress;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.steps === 'object' &&
    candidate.steps !== null &&
    typeof candidate.hints === 'object' &&
    candidate.hints !== null
  );
}

export function progressFile(folder = stateFolder): string {
  return join(folder, 'progress.json');
}

export function loadProgress(folder = stateFolder): LoadedProgress {
  let text: string;
  try {
    text = readFileSync(progressFile(folder), 'utf8');
  } catch {
    return { progress: empty() };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (isProgress(parsed)) return { progress: parsed };
    return { progress: empty(), corrupt: 'unexpected shape' };
  } catch (error) {
    return { progress: empty(), corrupt: (error as Error).message };
  }
}

/**
 * Loads the progress; a damaged file is moved aside (kept, not deleted) and a fresh one written,
 * so the learner hears about it once and never again.
 */
export function loadOrRebuildProgress(folder = stateFolder): LoadedProgress {
  const loaded = loadProgress(folder);
  if (loaded.corrupt) {
    renameSync(progressFile(folder), `${progressFile(folder)}.damaged`);
    saveProgress(loaded.progress, folder);
  }
  return loaded;
}

/**
 * Writes the whole file to a temporary name, flushes it to disk, then renames it over the old
 * one: a crash at any moment leaves either the old progress or the new, never half of one.
 */
export function saveProgress(progress: Progress, folder = stateFolder): void {
  mkdirSync(folder, { recursive: true });
  removeOrphans(folder);
  const file = progressFile(folder);
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, `${JSON.stringify(progress, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** Temporary files of writers that crashed before their rename; a live writer's are left alone. */
function removeOrphans(folder: string): void {
  for (const name of readdirSync(folder)) {
    const pid = /^progress\.json\.(\d+)\.tmp$/.exec(name)?.[1];
    if (pid && !isAlive(Number(pid))) rmSync(join(folder, name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
