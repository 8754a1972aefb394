import { diffIndices } from 'node-diff3';

/** One part of a file that both the learner and the next step changed, as diff3 reports it. */
export interface Overlap {
  /** The learner's lines. */
  a: string[];
  /** The reference solution's lines, which both sides started from. */
  o: string[];
  /** The next step's starter's lines. */
  b: string[];
}

/**
 * Resolves an overlap where one side only adds lines next to lines the other side rewrote: the
 * step adds a TODO, a branch or a function beside the learner's own code, or the learner adds a
 * helper beside a line the step changes. Each added block goes where its neighbours in the
 * reference are on the other side, at the start or end of a rewritten block, never inside one.
 * Returns the merged lines, or nothing when both sides change or remove reference lines, or when
 * a block's place is not clear.
 */
export function placeInsertions({ a, o, b }: Overlap): string[] | undefined {
  return addInto(a, o, b) ?? addInto(b, o, a);
}

/** `kept` with the blocks that `adding` only adds to the reference `o`. */
function addInto(kept: string[], o: string[], adding: string[]): string[] | undefined {
  const added = diffIndices(o, adding);
  if (added.some(({ buffer1: [, removed] }) => removed > 0)) return undefined;
  const rewritten = diffIndices(o, kept);
  const places: { at: number; lines: string[] }[] = [];
  for (const { buffer1, buffer2Content } of added) {
    const at = placeIn(buffer1[0], rewritten);
    if (at === undefined) return undefined;
    places.push({ at, lines: buffer2Content });
  }
  const result = [...kept];
  // From the end, so that each place still counts the kept lines before it.
  for (const { at, lines } of places.reverse()) result.splice(at, 0, ...lines);
  return result;
}

/**
 * Where, among the learner's lines, the point before reference line `k` lies: after every
 * learner change that ends at or before it, before every one that starts at it. A point inside a
 * rewritten block, or where the learner added lines too, has no clear place.
 */
function placeIn(k: number, learners: ReturnType<typeof diffIndices<string>>): number | undefined {
  let shift = 0;
  for (const {
    buffer1: [start, length],
    buffer2: [, written],
  } of learners) {
    if (start < k && k < start + length) return undefined;
    if (length === 0 && start === k) return undefined;
    if (start + length <= k) shift += written - length;
  }
  return k + shift;
}
