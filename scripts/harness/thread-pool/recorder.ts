import { described, type ScenarioEvent } from './protocol.ts';

/** Milliseconds on a clock that all threads of a process share. */
export const now = () => performance.timeOrigin + performance.now();

/** A value as JSON can carry it; a pool or anything else that JSON cannot carry becomes null. */
function plain(value: unknown): unknown {
  try {
    const text = JSON.stringify(value ?? null);
    return text.length < 10_000 ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

export interface Recorder {
  /** Reports a fact the scenario observed, such as how many threads it saw start. */
  fact: (name: string, value: unknown) => void;
  /** Runs `work` and reports how it settled, under `label`; resolves with its value, if any. */
  track: <T>(label: string, work: () => T | Promise<T>) => Promise<T | undefined>;
}

export function recorder(report: (event: ScenarioEvent) => void): Recorder {
  return {
    fact: (name, value) => report({ type: 'fact', name, value }),
    async track(label, work) {
      try {
        const value = await work();
        report({ type: 'settled', label, ok: true, value: plain(value), at: now() });
        return value;
      } catch (error) {
        report({ type: 'settled', label, ok: false, error: described(error), at: now() });
        return undefined;
      }
    },
  };
}
