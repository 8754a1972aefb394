/**
 * Starts the tasks in order, at most `limit` running at a time, and hands back each task's own
 * promise at once: a caller may wait for one task without waiting for the others.
 */
export function startLimited<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T>[] {
  let free = limit;
  const waiting: (() => void)[] = [];
  const turn = () => new Promise<void>((go) => (free > 0 ? (free--, go()) : waiting.push(go)));
  const done = () => (waiting.length > 0 ? waiting.shift()!() : free++);
  return tasks.map(async (task) => {
    await turn();
    try {
      return await task();
    } finally {
      done();
    }
  });
}
