import type { Shot } from './burst.ts';
import { m } from './messages.ts';

/**
 * What the picture shows, read from the measurements themselves: whether the quick request
 * waited for the slow ones, and whether the slow ones ran one after another or side by side.
 * Margins are wide (half a sleep), so a busy machine does not change the story.
 */
export function explainTimeline(shots: readonly Shot[], sleepMs: number): string[] {
  const took = (shot: Shot) => (shot.answeredMs ?? Infinity) - shot.sentMs;
  const quick = shots.find((shot) => shot.path === '/');
  const slow = shots.filter((shot) => shot.path !== '/');
  const lines: string[] = [];
  if (slow.length > 1 && slow.every((shot) => shot.answeredMs !== undefined)) {
    const lastSlow = Math.max(...slow.map(took));
    lines.push(lastSlow > 1.5 * sleepMs ? m.slowInTurn(slow.length) : m.slowTogether(slow.length));
  }
  if (quick?.answeredMs !== undefined) {
    lines.push(took(quick) > sleepMs / 2 ? m.quickWaited(took(quick)) : m.quickAtOnce(took(quick)));
  }
  return lines;
}
