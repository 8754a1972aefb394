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

  test('returns both versions where the same lines changed, and no text', () => {
    const ours = base.replace('listen();', 'listenMine();');
    expect(mergeFile(base, ours, theirs.join('\n'))).toEqual({
      conflicts: [{ line: 5, ours: ['listenMine();'], theirs: ['// TODO(step 2)', 'listen();'] }],
    });
  });
});
