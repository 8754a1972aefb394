import type { LoadGenerator } from './load.ts';
import { nodeLoad } from './node-load.ts';
import { findWrk, wrkLoad } from './wrk.ts';

export type LoadChoice = 'auto' | 'wrk' | 'node';

/** wrk when it is installed (or asked for), Node's own generator otherwise. */
export function chooseLoadGenerator(choice: LoadChoice): LoadGenerator {
  const wrk = choice === 'node' ? undefined : findWrk();
  if (choice === 'wrk' && !wrk) throw new Error('wrk is not installed (apt-get install wrk)');
  if (wrk) return { name: wrk, run: wrkLoad };
  return { name: `node ${process.version} (built in)`, run: nodeLoad };
}
