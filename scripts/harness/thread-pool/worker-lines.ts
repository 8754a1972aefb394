import { check } from '../learner-error.ts';
import { tail } from '../show-bytes.ts';
import { m } from './messages.ts';
import { saying } from './protocol.ts';

const exact = /^Worker (\d+) got a job; executing\.$/;
const near = /worker.*\d.*job|job.*worker.*\d/i;

/** The worker ids of the lines "Worker {id} got a job; executing." in `output`, in order. */
export function jobLineIds(output: string): number[] {
  return output.split('\n').flatMap((line) => {
    const found = exact.exec(line.trim());
    return found ? [Number(found[1])] : [];
  });
}

/** What a step tells about its job lines; the texts every step shares come from the harness. */
export interface JobLineTexts {
  noneHint: string;
  count: (printed: number, jobs: number) => string;
  countHint: string;
  ids: (ids: string, size: number) => string;
  idsHint: string;
}

/**
 * Fails unless a thread prints its job line before it runs the job: in the failure scenario, on
 * one thread, the line of its last job comes before what that job prints itself.
 */
export function expectLineBeforeJob(output: string, hint: string): void {
  const lines = output.split('\n').map((line) => line.trim());
  const said = lines.indexOf(saying);
  const lastJobLine = lines.findLastIndex((line) => exact.test(line));
  check(said === -1 || lastJobLine < said, () => ({
    message: m.jobLineAfterJob,
    hint,
    output: tail(output),
  }));
}

/**
 * Fails unless `output` has one line "Worker {id} got a job; executing." per job, ids 0 to
 * size - 1, and, when `everyThreadRan`, each of those ids: every thread has a number of its own.
 */
export function expectJobLines(
  output: string,
  jobs: number,
  size: number,
  t: JobLineTexts,
  everyThreadRan = false,
): void {
  const ids = jobLineIds(output);
  const almost = output.split('\n').find((line) => near.test(line) && !exact.test(line.trim()));
  check(ids.length > 0 || !almost, () => ({
    message: m.jobLineAlmost(almost!.trim()),
    hint: m.jobLineAlmostHint,
    output: tail(output),
  }));
  check(ids.length > 0, () => ({
    message: m.jobLineMissing,
    hint: t.noneHint,
    output: tail(output),
  }));
  check(ids.length === jobs, () => ({
    message: t.count(ids.length, jobs),
    hint: t.countHint,
    output: tail(output),
  }));
  const distinct = new Set(ids);
  const strange = [...distinct].filter((id) => id >= size);
  check(strange.length === 0 && (!everyThreadRan || distinct.size === size), () => ({
    message: t.ids([...new Set(ids)].sort((a, b) => a - b).join(', '), size),
    hint: t.idsHint,
  }));
}

export interface PerWorkerLineTexts {
  almost: (line: string) => string;
  almostHint: string;
  missing: (ids: string) => string;
  missingHint: string;
  repeated: (line: string, times: number) => string;
  repeatedHint: string;
}

/** A line each worker prints once, and what a near miss of it looks like. */
export interface PerWorkerLine {
  text: (id: number) => string;
  near: RegExp;
}

export const shutdownLine: PerWorkerLine = {
  text: (id) => `Shutting down worker ${id}`,
  near: /shut.*down.*worker/i,
};

export const disconnectedLine: PerWorkerLine = {
  text: (id) => `Worker ${id} disconnected; shutting down.`,
  near: /worker.*disconnect/i,
};

/** Fails unless `output` has the worker's `line` exactly once for each id 0 to size - 1. */
export function expectLinePerWorker(
  output: string,
  size: number,
  line: PerWorkerLine,
  t: PerWorkerLineTexts,
): void {
  const lines = output.split('\n').map((printed) => printed.trim());
  const ids = Array.from({ length: size }, (_, id) => id);
  const wanted = ids.map(line.text);
  const missing = ids.filter((id) => !lines.includes(line.text(id)));
  const almost = lines.find((printed) => line.near.test(printed) && !wanted.includes(printed));
  check(missing.length === 0 || !almost, () => ({
    message: t.almost(almost!),
    hint: t.almostHint,
    output: tail(output),
  }));
  check(missing.length === 0, () => ({
    message: t.missing(missing.join(', ')),
    hint: t.missingHint,
    output: tail(output),
  }));
  for (const text of wanted) {
    const times = lines.filter((printed) => printed === text).length;
    check(times === 1, () => ({ message: t.repeated(text, times), hint: t.repeatedHint }));
  }
}

export type ShutdownLineTexts = PerWorkerLineTexts;

/** Fails unless `output` has "Shutting down worker {id}" exactly once for each id 0 to size - 1. */
export function expectShutdownLines(output: string, size: number, t: ShutdownLineTexts): void {
  expectLinePerWorker(output, size, shutdownLine, t);
}
