import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compareReadmes } from './readme-parity.ts';

const fixture = (name: string) => ({
  path: `fixtures/${name}`,
  text: readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'),
});

const english = fixture('README.md');
const check = (turkish: string) => compareReadmes(english, fixture(turkish));

describe('the readme parity check', () => {
  test('accepts a translation with translated prose, headings, comments and anchors', () => {
    expect(check('README.tr.md')).toEqual([]);
  });

  test('names the section a translation leaves out, and where it belongs', () => {
    expect(check('missing-section.tr.md')).toEqual([
      'fixtures/missing-section.tr.md: no section for "### If you get stuck" of fixtures/README.md, expected after "## Göreviniz"',
    ]);
  });

  test('names the section whose code block no longer matches the english code', () => {
    const [problem, ...others] = check('changed-code.tr.md');
    expect(others).toEqual([]);
    expect(problem).toContain('fixtures/changed-code.tr.md, section "## Göreviniz"');
    expect(problem).toContain('code block 1 differs');
    expect(problem).toContain("socket.write('HTTP/1.1 200 OK");
  });

  test("accepts a command's output in the reader's language, as long as it has as many lines", () => {
    const output = (lines: string[]) => ['```output', ...lines, '```', ''].join('\n');
    const withOutput = (readme: { path: string; text: string }, lines: string[]) => ({
      ...readme,
      text: readme.text.replace(/\n## /, `\n${output(lines)}\n## `),
    });
    const en = withOutput(english, ['requests/s    3,117', 'against node:http    0.72×']);
    const tr = fixture('README.tr.md');
    expect(
      compareReadmes(en, withOutput(tr, ['istek/sn    3.117', "node:http'ye göre    0,72 kat"])),
    ).toEqual([]);
    expect(compareReadmes(en, withOutput(tr, ['istek/sn    3.117']))).toEqual([
      expect.stringContaining('code block 1 differs'),
    ]);
  });

  test('names the hints section when the number of hints differs', () => {
    expect(check('hint-count.tr.md')).toEqual([
      'fixtures/hint-count.tr.md, section "## İpuçları" (English "## Hints"): 2 hints, English has 3 (npm run step N -- --hint shows them one at a time)',
    ]);
  });

  test('names a hints section that npm run step N -- --hint would not find', () => {
    const turkish = fixture('README.tr.md');
    const text = turkish.text.replace('## İpuçları', '## Yardım');
    expect(compareReadmes(english, { ...turkish, text })).toEqual([
      'fixtures/README.tr.md, section "## Yardım" (English "## Hints"): the hints must be under "## İpuçları", where npm run step N -- --hint looks for them',
    ]);
  });

  test('names a link whose address differs', () => {
    const turkish = fixture('README.tr.md');
    const text = turkish.text.replace('api/net.html', 'api/http.html');
    expect(compareReadmes(english, { ...turkish, text })).toEqual([
      expect.stringContaining(
        'fixtures/README.tr.md, section "## İpuçları" (English "## Hints"): links',
      ),
    ]);
  });

  test('names a heading that is one level off', () => {
    const turkish = fixture('README.tr.md');
    const text = turkish.text.replace('### Takılırsanız', '## Takılırsanız');
    expect(compareReadmes(english, { ...turkish, text })).toEqual([
      'fixtures/README.tr.md: no section for "### If you get stuck" of fixtures/README.md, expected after "## Göreviniz"',
      'fixtures/README.tr.md: section "## Takılırsanız" has no counterpart in fixtures/README.md',
    ]);
  });
});
