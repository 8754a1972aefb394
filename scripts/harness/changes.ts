/**
 * Lets checks wait for a condition on state that changes by events (output printed, bytes
 * received, a process ended) without polling: whoever changes the state calls `notify()`.
 */
export class Changes {
  #watchers = new Set<() => void>();

  notify(): void {
    this.#watchers.forEach((watcher) => watcher());
  }

  /**
   * Resolves true once `condition` holds; false when the time runs out, or when `hopeless`
   * says it never will.
   */
  waitFor(condition: () => boolean, timeoutMs: number, hopeless: () => boolean): Promise<boolean> {
    if (condition()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const finish = (result: boolean) => {
        clearTimeout(timer);
        this.#watchers.delete(watcher);
        resolve(result);
      };
      const watcher = () => {
        if (condition()) finish(true);
        else if (hopeless()) finish(false);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      this.#watchers.add(watcher);
    });
  }
}
