import { check } from '../learner-error.ts';
import { tail } from '../show-bytes.ts';

const exact = /^Worker (\d+) got a job; executing\.$/;
const near = /worker.*\d.*job|job.*worker.*\d/i;

/** The worker ids of the lines "Worker {id} got a job; executing." in `output`, in order. */
export function jobLineIds(output: string): number[] {
  return output.split('\n').flatMap((line) => {
    const found = exact.exec(line.trim());
    return found ? [Number(found[1])] : [];
  });
}

export interface JobLineTexts {
  none: string;
  noneHint: string;
  almost: (line: string) => string;
  almostHint: string;
  count: (printed: number, jobs: number) => string;
  countHint: string;
  ids: (ids: string, size: number) => string;
  idsHint: string;
}

/** Fails unless `output` has one line "Worker {id} got a job; executing." per job, ids 0 to size - 1. */
export function expectJobLines(output: string, jobs: number, size: number, t: JobLineTexts): void {
  const ids = jobLineIds(output);
  const almost = output.split('\n').find((line) => near.test(line) && !exact.test(line.trim()));
  check(ids.length > 0 || !almost, () => ({
    message: t.almost(almost!.trim()),
    hint: t.almostHint,
    output: tail(output),
  }));
  check(ids.length > 0, () => ({ message: t.none, hint: t.noneHint, output: tail(output) }));
  check(ids.length === jobs, () => ({
    message: t.count(ids.length, jobs),
    hint: t.countHint,
    output: tail(output),
  }));
  const strange = [...new Set(ids)].filter((id) => id >= size).sort((a, b) => a - b);
  check(strange.length === 0, () => ({
    message: t.ids([...new Set(ids)].sort((a, b) => a - b).join(', '), size),
    hint: t.idsHint,
  }));
}

export interface ShutdownLineTexts {
  almost: (line: string) => string;
  almostHint: string;
  missing: (ids: string) => string;
  missingHint: string;
  repeated: (line: string, times: number) => string;
  repeatedHint: string;
}

/** Fails unless `output` has "Shutting down worker {id}" exactly once for each id 0 to size - 1. */
export function expectShutdownLines(output: string, size: number, t: ShutdownLineTexts): void {
  const lines = output.split('\n').map((line) => line.trim());
  const wanted = Array.from({ length: size }, (_, id) => `Shutting down worker ${id}`);
  const missing = wanted.filter((line) => !lines.includes(line));
  const almost = lines.find((line) => /shut.*down.*worker/i.test(line) && !wanted.includes(line));
  check(missing.length === 0 || !almost, () => ({
    message: t.almost(almost!),
    hint: t.almostHint,
    output: tail(output),
  }));
  check(missing.length === 0, () => ({
    message: t.missing(missing.map((line) => line.split(' ').pop()).join(', ')),
    hint: t.missingHint,
    output: tail(output),
  }));
  for (const line of wanted) {
    const times = lines.filter((printed) => printed === line).length;
    check(times === 1, () => ({ message: t.repeated(line, times), hint: t.repeatedHint }));
  }
}
