/** Runs tasks at most `limit` at a time; resolves with their results in the tasks' order. */
export async function runLimited<T>(tasks: readonly (() => Promise<T>)[], limit: number) {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
