import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../../shared/workbook/paths.ts';
import { arrowsFrom, arrowsIn, codeFiles, importCycles } from './imports.ts';
import { roomOf, roomsOfFloorPlan } from './rooms.ts';

const scripts = join(root, 'scripts');
const rooms = roomsOfFloorPlan(join(root, 'docs/architecture.md'));
const arrows = codeFiles(scripts, root).flatMap((file) => arrowsFrom(file, root));
const show = (from: string, to: string) => `${from} → ${to}`;

describe('the floor plan of scripts/', () => {
  test('names every folder of scripts/ as a room, in both editions of docs/architecture', () => {
    const folders = readdirSync(scripts, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...rooms].sort()).toEqual(folders.sort());
    expect(roomsOfFloorPlan(join(root, 'docs/architecture.tr.md'))).toEqual(rooms);
  });

  test('no file reaches into a room above its own', () => {
    const rank = (path: string) => rooms.indexOf(roomOf(path));
    const upward = arrows
      .filter(({ to }) => to.startsWith('scripts/'))
      .filter(({ from, to }) => rank(to) < rank(from))
      .map(({ from, to }) => show(from, to));
    expect(upward, `rooms from the top: ${rooms.join(' > ')}`).toEqual([]);
  });

  test('no file imports itself through others', () => {
    const within = arrows.filter(({ to }) => to.startsWith('scripts/'));
    expect(importCycles(within).map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});

describe('reading the arrows of a file', () => {
  test('finds static, type-only, re-exported, dynamic and side-effect imports, and addresses', () => {
    const source = [
      "import { one } from './a.ts';",
      "import type { Two } from './b.ts';",
      'import {\n  three,\n  four,\n} from "./c.ts";',
      "export { five } from './d.ts';",
      "import './e.mjs';",
      "import chalk from 'chalk';",
      "import { join } from 'node:path';",
      "const later = () => import('./f.ts');",
      "const worker = new URL('./worker.mjs', import.meta.url);",
    ].join('\n');
    const found = arrowsIn('scripts/room/file.ts', source).map(({ to, kind }) => `${kind} ${to}`);
    expect(found.sort()).toEqual(
      [
        'import scripts/room/a.ts',
        'import scripts/room/b.ts',
        'import scripts/room/c.ts',
        'import scripts/room/d.ts',
        'import scripts/room/e.mjs',
        'import scripts/room/f.ts',
        'address scripts/room/worker.mjs',
      ].sort(),
    );
  });

  test('finds a loop of imports however long, and no loop where arrows only converge', () => {
    const arrow = (from: string, to: string) => ({ from, to, kind: 'import' as const });
    expect(importCycles([arrow('a', 'b'), arrow('b', 'c'), arrow('c', 'a')])).toEqual([
      ['a', 'b', 'c', 'a'],
    ]);
    expect(importCycles([arrow('a', 'b'), arrow('a', 'c'), arrow('b', 'c')])).toEqual([]);
  });

  test('does not count a file started by address as part of a loop', () => {
    const loop = [
      { from: 'a', to: 'b', kind: 'import' as const },
      { from: 'b', to: 'a', kind: 'address' as const },
    ];
    expect(importCycles(loop)).toEqual([]);
  });
});
