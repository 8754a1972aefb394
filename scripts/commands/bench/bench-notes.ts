import { m } from './messages.ts';
import type { BenchResult } from './bench-result.ts';
import type { Summary } from './summary.ts';

/** What the table means, in sentences: servers that failed, the costs, the targets, the pools. */
export function benchNotes(result: BenchResult, summary: Summary): string[] {
  const t = m.table;
  const notes = result.contenders.flatMap((contender) => {
    if (contender.notStarted) return [t.notStarted(contender.name, contender.notStarted)];
    const notes = contender.stopped ? [t.stopped(contender.name, contender.stopped)] : [];
    return contender.todo ? [...notes, `${contender.name}: ${contender.todo}`] : notes;
  });
  const closing = result.contenders.filter((c) => !c.keepsAlive && !c.notStarted && !c.stopped);
  if (closing.length > 0) notes.push(m.closeEveryConnection(closing.map((c) => c.name)));
  const { poolCost, yours, target, keepAlive, pools } = summary;
  if (poolCost) notes.push(m.poolCost(poolCost.oneAtATimeUs, poolCost.underLoadUs));
  if (yours) notes.push(m.yours(yours.server, yours.ratio, yours.keepAliveRatio));
  if (target) notes.push(m.target(target.server, target.ratio, target.met));
  if (keepAlive?.againstClosing) {
    notes.push(m.keepAliveTarget(keepAlive.server, keepAlive.closing, keepAlive.againstClosing));
  }
  if (keepAlive?.againstBaseline) {
    notes.push(m.keepAliveBaselineTarget(keepAlive.server, keepAlive.againstBaseline));
  }
  if (keepAlive?.cpuUs) notes.push(m.keepAliveCpu(keepAlive.server, keepAlive.cpuUs));
  if (pools?.sleep || pools?.keptOpen) notes.push(m.pools(pools));
  return notes;
}
