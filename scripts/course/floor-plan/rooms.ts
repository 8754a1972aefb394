import { readFileSync } from 'node:fs';

/**
 * The rooms of `scripts/`, top to bottom, as the floor plan in an edition of
 * docs/architecture.md draws them: the block that starts with `scripts/`, one room a line.
 */
export function roomsOfFloorPlan(documentPath: string): string[] {
  const document = readFileSync(documentPath, 'utf8');
  const plan = /^```\nscripts\/\n([\s\S]*?)^```/m.exec(document)?.[1] ?? '';
  return [...plan.matchAll(/^ {2}([\w-]+)\//gm)].map((match) => match[1]!);
}

/** The room a path of `scripts/` stands in: its first folder. */
export const roomOf = (path: string): string => path.split(/[\\/]/)[1] ?? '';
