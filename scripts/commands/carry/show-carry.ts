import type { Step } from '../../shared/workbook/steps.ts';
import type { Conflict } from './merge-file.ts';
import { m } from './messages.ts';
import type { CarryPlan } from './plan-carry.ts';

/** A fence longer than any run of backticks in the lines, so no line can close it early. */
function fenced(lines: readonly string[]): string {
  const longest = Math.max(2, ...lines.map((line) => /`+/.exec(line)?.[0].length ?? 0));
  const fence = '`'.repeat(longest + 1);
  return [fence, ...lines, fence].join('\n');
}

function showConflict(conflict: Conflict, next: Step): string {
  return [
    m.yours(conflict.line),
    fenced(conflict.ours),
    m.theirs(next.number),
    fenced(conflict.theirs),
  ].join('\n\n');
}

/** What carrying did, file by file, as markdown: the conflicts in full, with both versions. */
export function showCarry(plan: CarryPlan, previous: Step, next: Step): string {
  const items = [
    ...plan.merged.map((name) => m.merged(name, next.number)),
    ...plan.kept.map((name) => m.kept(name, next.number)),
    ...plan.added.map((name) => m.added(name, next.number)),
    ...plan.ownFiles.map((name) => m.ownFile(name)),
    ...plan.leftBehind.map((name) => m.leftBehind(name, previous.slug, next.number)),
  ];
  const conflicts = plan.conflicts.map(({ name, conflicts }) =>
    [
      `- ${m.conflict(name, previous.slug, next.number)}`,
      ...conflicts.map((conflict) => showConflict(conflict, next)),
    ].join('\n\n'),
  );
  return [
    m.done(previous.number, next.number),
    items.map((item) => `- ${item}`).join('\n'),
    ...conflicts,
  ].join('\n\n');
}
