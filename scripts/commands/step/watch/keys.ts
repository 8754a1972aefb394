import { createInterface } from 'node:readline';

export type Key = 'run' | 'hint' | 'quit';

const keys: Record<string, Key> = {
  '\r': 'run',
  '\n': 'run',
  h: 'hint',
  q: 'quit',
  '\u0003': 'quit', // Ctrl-C, which raw mode delivers as a key
  '\u0004': 'quit', // Ctrl-D
};

/**
 * Listens for the watch mode's keys: in a terminal, single key presses; otherwise whole lines
 * (an empty line re-runs, `h` and `q` as in a terminal), so that a script can drive it too.
 */
export function listenToKeys(onKey: (key: Key) => void): { stop(): void } {
  const input = process.stdin;
  if (input.isTTY) {
    input.setRawMode(true);
    input.setEncoding('utf8');
    const onData = (text: string) => {
      const key = keys[text.toLowerCase()];
      if (key) onKey(key);
    };
    input.on('data', onData).resume();
    return {
      stop() {
        input.off('data', onData);
        input.setRawMode(false);
        input.pause();
      },
    };
  }
  const lines = createInterface({ input });
  lines.on('line', (line) => {
    const key = keys[line.trim().toLowerCase() || '\n'];
    if (key) onKey(key);
  });
  return { stop: () => lines.close() };
}
