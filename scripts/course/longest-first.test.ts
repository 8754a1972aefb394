import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../shared/workbook/paths.ts';
import { slowest, slowestFirst } from './longest-first.ts';

describe("the course suite's order", () => {
  test('names only test files that exist', () => {
    expect(slowest.filter((file) => !existsSync(join(root, file)))).toEqual([]);
  });

  test('starts the slowest files first, longest first, and leaves the others in their order', () => {
    const files = ['a.test.ts', slowest[1]!, 'b.test.ts', slowest[0]!, 'c.test.ts'].map((file) => ({
      moduleId: join(root, file),
    }));
    expect(slowestFirst(files).map(({ moduleId }) => moduleId)).toEqual(
      [slowest[0]!, slowest[1]!, 'a.test.ts', 'b.test.ts', 'c.test.ts'].map((file) =>
        join(root, file),
      ),
    );
  });
});
