import { diff3Merge } from 'node-diff3';
import { placeInsertions } from './place-insertions.ts';

/** Where the learner's lines and the next step's lines change the same part of the file. */
export interface Conflict {
  /** The first line of the conflict in the learner's file, counted from 1. */
  line: number;
  /** The learner's lines. */
  ours: string[];
  /** The next step's starter's lines. */
  theirs: string[];
}

export type MergeResult = { text: string; conflicts: [] } | { conflicts: Conflict[] };

/**
 * A three-way merge, line by line: `base` is the reference solution that the next step's starter
 * (`theirs`) was made from, `ours` the learner's own version of the same file. What the starter
 * changes is applied to the learner's lines; where both change the same lines, nothing is decided
 * for the learner and the conflicts are returned instead. Lines the starter only adds beside lines
 * the learner rewrote are no conflict: they go where they belong (see place-insertions.ts).
 */
export function mergeFile(base: string, ours: string, theirs: string): MergeResult {
  // A learner's editor may save with CRLF; the course's files use LF. Merged without it, every
  // line would differ, so the learner's file keeps its line ends around the merge.
  const crlf = ours.includes('\r\n');
  const lines = (text: string) => text.replace(/\r\n/g, '\n').split('\n');
  const regions = diff3Merge(lines(ours), lines(base), lines(theirs));
  const merged: string[] = [];
  const conflicts: Conflict[] = [];
  for (const region of regions) {
    if (region.ok) merged.push(...region.ok);
    if (region.conflict) {
      const placed = placeInsertions(region.conflict);
      const { a, aIndex, b } = region.conflict;
      if (placed) merged.push(...placed);
      else conflicts.push({ line: aIndex + 1, ours: a, theirs: b });
    }
  }
  if (conflicts.length > 0) return { conflicts };
  const text = merged.join('\n');
  return { text: crlf ? text.replace(/\n/g, '\r\n') : text, conflicts: [] };
}
