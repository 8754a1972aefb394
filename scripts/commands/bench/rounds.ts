import type { LoadResult } from './load.ts';

/** The round in the middle by requests/s: one slow moment of the machine does not move it. */
export function medianRound(rounds: readonly LoadResult[]): LoadResult | undefined {
  const sorted = rounds.toSorted((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The middle value, or the lower of the two middle ones; undefined for no values. */
export function median(values: readonly number[]): number | undefined {
  return values.toSorted((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
}

/**
 * One round's measures, in the order they are taken: each server with a new connection per
 * request, then, if it keeps connections open, with keep-alive. Every other round runs backwards,
 * so the machine's slow moments spread over every server and both ways alike.
 */
export function roundTurns(
  keepsAlive: readonly boolean[],
  round: number,
): { index: number; keepAlive: boolean }[] {
  const turns = keepsAlive.flatMap((kept, index) => [
    { index, keepAlive: false },
    ...(kept ? [{ index, keepAlive: true }] : []),
  ]);
  return round % 2 === 1 ? turns.reverse() : turns;
}
