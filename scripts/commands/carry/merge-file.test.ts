import { describe, expect, test } from 'vitest';
import { mergeFile } from './merge-file.ts';

const base = ['import net from "node:net";', '', 'serve();', '', 'listen();', ''].join('\n');
const theirs = [
  'import net from "node:net";',
  '',
  'serve();',
  '',
  '// TODO(step 2)',
  'listen();',
  '',
];

describe('merging the next step into a learner file', () => {
  test("keeps the learner's lines and adds the step's", () => {
    const ours = base.replace('serve();', 'serve(); // mine');
    expect(mergeFile(base, ours, theirs.join('\n'))).toEqual({
      text: ours.replace('listen();', '// TODO(step 2)\nlisten();'),
      conflicts: [],
    });
  });

  test("keeps a learner's CRLF line ends", () => {
    const ours = base.replace('serve();', 'serve(); // mine').replace(/\n/g, '\r\n');
    const merged = mergeFile(base, ours, theirs.join('\n'));
    expect('text' in merged && merged.text.split('\r\n')).toContain('// TODO(step 2)');
  });

  test('returns both versions where both change the same lines, and no text', () => {
    const ours = base.replace('listen();', 'listenMine();');
    const changed = base.replace('listen();', '// TODO(step 2)\nlisten(port);');
    expect(mergeFile(base, ours, changed)).toEqual({
      conflicts: [
        { line: 5, ours: ['listenMine();'], theirs: ['// TODO(step 2)', 'listen(port);'] },
      ],
    });
  });

  test('adds lines the step puts at the edge of lines the learner rewrote', () => {
    const ours = base.replace('listen();', 'startListening(7878);');
    expect(mergeFile(base, ours, theirs.join('\n'))).toEqual({
      text: ours.replace('startListening', '// TODO(step 2)\nstartListening'),
      conflicts: [],
    });
  });

  test("adds the learner's own lines beside a line the step changes", () => {
    const ours = base.replace('listen();', 'const helper = 1;\n\nlisten();');
    const changed = base.replace('listen();', 'listen(port);');
    expect(mergeFile(base, ours, changed)).toEqual({
      text: ours.replace('listen();', 'listen(port);'),
      conflicts: [],
    });
  });

  test('finds no place for lines the step adds inside a block the learner rewrote', () => {
    const lines = ['a();', 'b();', 'c();', ''];
    const inside = ['a();', '// TODO(step 2)', 'b();', 'c();', ''];
    const ours = ['x();', 'y();', 'z();', ''].join('\n');
    const merged = mergeFile(lines.join('\n'), ours, inside.join('\n'));
    expect(merged.conflicts).toHaveLength(1);
  });
});
