/** When a job ran: milliseconds on a clock shared by every thread of a process. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * The most intervals that run at one moment. Clocks of different threads may disagree by a
 * millisecond or so, so intervals that overlap by less than `slackMs` count as one after another.
 */
export function mostAtOnce(intervals: readonly Interval[], slackMs = 5): number {
  return Math.max(
    0,
    ...intervals.map(
      ({ start }) =>
        intervals.filter((other) => other.start <= start && other.end > start + slackMs).length,
    ),
  );
}
