import { readdirSync, readFileSync } from 'node:fs';

/** The state letter of each thread of process `pid` (R: running or ready to run, S: asleep). */
function threadStates(pid: number): string[] {
  const states: string[] = [];
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      states.push(`${tid}:${stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)}`);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return states;
}

/**
 * Whether one thread of process `pid` stayed ready to run the whole time `during` took, as a
 * thread that waits in a loop does, where a thread that sleeps (Atomics.wait, say) is asleep.
 * A busy machine runs such a thread less often, but the system still counts it as ready: unlike
 * the CPU time it gets, its state does not depend on the load. Undefined where the system does
 * not tell (no /proc), or when too few samples were taken.
 */
export async function spunThroughout<T>(
  pid: number | undefined,
  during: Promise<T>,
): Promise<{ value: T; spun: boolean | undefined }> {
  const samples: string[][] = [];
  const sample = () => {
    try {
      if (pid !== undefined) samples.push(threadStates(pid));
    } catch {
      // No /proc here, or the process has ended.
    }
  };
  const timer = setInterval(sample, 40);
  try {
    const value = await during;
    // The first and last samples may fall before the wait began or after it ended.
    const running = samples
      .slice(1, -1)
      .map((states) => states.filter((state) => state.endsWith(':R')));
    if (running.length < 3) return { value, spun: undefined };
    const spun = running[0]!.some((thread) => running.every((each) => each.includes(thread)));
    return { value, spun };
  } finally {
    clearInterval(timer);
  }
}
