import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { root } from '../shared/workbook/paths.ts';

const vitest = join(
  dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
);
const solution = join(root, 'solutions/08-harden');
const checks = 'steps/08-harden/well-formed.test.ts';
const made: string[] = [];

/** A wrong HTTP/1.1 head a learner could plausibly write, and the check that must catch it. */
interface Variant {
  mistake: string;
  file: string;
  from: string;
  to: string;
  caughtBy: string;
}

const variants: Variant[] = [
  {
    mistake: 'sends the body in answer to HEAD',
    file: 'respond.ts',
    from: "request.method === 'HEAD' ? [] : [body]",
    to: '[body]',
    caughtBy: 'answers HEAD like GET',
  },
  {
    mistake: 'routes on the raw target',
    file: 'respond.ts',
    from: 'switch (request.path)',
    to: 'switch (request.target)',
    caughtBy: 'routes on the path',
  },
  {
    mistake: 'accepts two Host lines',
    file: 'request.ts',
    from: "(name === 'host' || name === 'content-length') && name in headers",
    to: "name === 'content-length' && name in headers",
    caughtBy: 'without Host or with two Host lines',
  },
  {
    mistake: 'trims a header name, so a space before the colon passes',
    file: 'request.ts',
    from: 'line.slice(0, colon).toLowerCase()',
    to: 'line.slice(0, colon).trim().toLowerCase()',
    caughtBy: 'every head that node:http refuses',
  },
  {
    mistake: 'lets a bare \\r or \\n through',
    file: 'request.ts',
    from: 'bareLineEnd.test(',
    to: 'false && bareLineEnd.test(',
    caughtBy: 'every head that node:http refuses',
  },
  {
    mistake: 'serves every version',
    file: 'request.ts',
    from: "version !== 'HTTP/1.1' && version !== 'HTTP/1.0'",
    to: 'false',
    caughtBy: 'answers 505',
  },
  {
    mistake: 'answers 405 without Allow',
    file: 'respond.ts',
    from: "headers: [`Allow: ${served.join(', ')}`]",
    to: 'headers: []',
    caughtBy: 'answers 405 with Allow',
  },
  {
    mistake: 'refuses the empty line before the request line',
    file: 'request.ts',
    from: "head.replace(/^\\r\\n/, '')",
    to: 'head',
    caughtBy: 'skips one empty line',
  },
];

/** A copy of the solution with one change, in a folder of its own. */
function copyWith(variant?: Variant): string {
  const folder = mkdtempSync(join(tmpdir(), 'http11-'));
  made.push(folder);
  cpSync(solution, folder, { recursive: true });
  // The pool's worker entry imports tsx, found from the folder the server runs in.
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'));
  // As in the workbook, .ts files are ES modules.
  writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
  if (variant) {
    const path = join(folder, variant.file);
    const text = readFileSync(path, 'utf8');
    expect(text, `${variant.file} holds ${variant.from}`).toContain(variant.from);
    writeFileSync(path, text.replace(variant.from, variant.to));
  }
  return folder;
}

/** The names of the checks of the HTTP/1.1 head that fail on the files in `folder`. */
async function failingChecks(folder: string): Promise<string[]> {
  const report = join(folder, 'report.json');
  const env = { ...process.env, WORKBOOK_TARGET: folder, WORKBOOK_LANG: 'en', NO_COLOR: '1' };
  const args = [vitest, 'run', checks, '--reporter', 'json', '--outputFile', report];
  await promisify(execFile)(process.execPath, args, { cwd: root, env }).catch(() => {});
  const results = JSON.parse(readFileSync(report, 'utf8')) as {
    testResults: { assertionResults: { title: string; status: string }[] }[];
  };
  return results.testResults
    .flatMap((file) => file.assertionResults)
    .filter((check) => check.status === 'failed')
    .map((check) => check.title);
}

describe('the checks of a correct HTTP/1.1 head', () => {
  afterAll(() => made.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  test('pass on the reference solution', async () => {
    expect(await failingChecks(copyWith())).toEqual([]);
  });

  test.each(variants)('catch a server that $mistake', async (variant) => {
    const failing = await failingChecks(copyWith(variant));
    // One mistake fails its own checks, not all seven: the copy itself runs.
    expect(failing.length, failing.join('\n')).toBeLessThan(4);
    expect(
      failing.some((title) => title.includes(variant.caughtBy)),
      failing.join('\n'),
    ).toBe(true);
  });
});
