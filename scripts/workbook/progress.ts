import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { stateFolder } from './paths.ts';

export type StepState = 'passed' | 'failing';

export interface Progress {
  steps: Record<string, { state: StepState; at: string }>;
  /** How many hints of each step the learner has asked for. */
  hints: Record<string, number>;
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
    typeof candidate.hints === 'object'
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
 * Writes the whole file to a temporary name, flushes it to disk, then renames it over the old
 * one: a crash at any moment leaves either the old progress or the new, never half of one.
 */
export function saveProgress(progress: Progress, folder = stateFolder): void {
  mkdirSync(folder, { recursive: true });
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

export function recordResult(slug: string, state: StepState, folder = stateFolder): void {
  const { progress } = loadProgress(folder);
  progress.steps[slug] = { state, at: new Date().toISOString() };
  saveProgress(progress, folder);
}
