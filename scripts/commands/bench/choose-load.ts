import type { LoadGenerator } from './load.ts';
import { m } from './messages.ts';
import { nodeLoad } from './node-load.ts';
import { findWrk, wrkLoad } from './wrk.ts';

export type LoadChoice = 'auto' | 'wrk' | 'node';

/** wrk when it is installed (or asked for), Node's own generator otherwise; nothing when wrk is asked for and missing. */
export function chooseLoadGenerator(choice: LoadChoice): LoadGenerator | undefined {
  const wrk = choice === 'node' ? undefined : findWrk();
  if (choice === 'wrk' && !wrk) return undefined;
  if (wrk) return { name: wrk, run: wrkLoad };
  return { name: m.nodeLoad(process.version), run: nodeLoad };
}
