import type { Shot } from './burst.ts';
import { m } from './messages.ts';

/**
 * What the picture shows, read from the measurements themselves: whether the quick request
 * waited for the slow ones, and how many of the slow ones ran side by side before the rest waited.
 * Margins are wide (half a sleep), so a busy machine does not change the story.
 */
export function explainTimeline(shots: readonly Shot[], sleepMs: number): string[] {
  const took = (shot: Shot) => (shot.answeredMs ?? Infinity) - shot.sentMs;
  const quick = shots.find((shot) => shot.path === '/');
  const slow = shots.filter((shot) => shot.path !== '/');
  const lines: string[] = [];
  if (slow.length > 1 && slow.every((shot) => shot.answeredMs !== undefined)) {
    // Requests that ran side by side end within half a sleep of the first; the others waited.
    const firstEnd = Math.min(...slow.map((shot) => shot.answeredMs!));
    const together = slow.filter((shot) => shot.answeredMs! < firstEnd + sleepMs / 2).length;
    const waited = slow.length - together;
    if (together === 1) lines.push(m.slowInTurn(slow.length));
    else if (waited === 0) lines.push(m.slowTogether(slow.length));
    else lines.push(m.slowSomeWaited(together, waited));
  }
  if (quick?.answeredMs !== undefined) {
    lines.push(took(quick) > sleepMs / 2 ? m.quickWaited(took(quick)) : m.quickAtOnce(took(quick)));
  }
  return lines;
}
