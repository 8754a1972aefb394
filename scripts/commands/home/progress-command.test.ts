import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { WorkbookCopy } from '../../shared/workbook/workbook-copy.ts';

const workbook = new WorkbookCopy();
const state = join(workbook.root, '.workbook');
afterAll(() => workbook.remove());

function writeProgress(text: string): void {
  mkdirSync(state, { recursive: true });
  writeFileSync(join(state, 'progress.json'), text);
}

describe('the workbook home and the progress list', () => {
  test('show every step with its state, a bar, and the next step with its commands', () => {
    const at = new Date().toISOString();
    writeProgress(
      JSON.stringify({
        steps: {
          '01-tcp-listen': { state: 'passed', at },
          '02-parse-request': { state: 'failing', at },
        },
        hints: {},
      }),
    );
    const home = workbook.run('start');
    expect(home.status).toBe(0);
    expect(home.stdout).toMatch(/✓\s+1\s+Listen for TCP connections\s+passed/);
    expect(home.stdout).toMatch(/✗\s+2\s+Read and parse the request\s+failing/);
    expect(home.stdout).toMatch(/·\s+3\s+.+not started/);
    expect(home.stdout).toMatch(/\[#+-+\]\s+1 of \d+ steps pass/);
    expect(home.stdout).toContain('Next: step 2, Read and parse the request');
    expect(home.stdout).toContain('npm run step 2 -- --watch');
    expect(home.stdout).not.toContain('npm run carry 2');
    const list = workbook.run('progress');
    expect(list.stdout).toContain('Next: step 2');
    expect(list.stdout).not.toContain('Each step adds one piece');
  });

  test("offer to carry the learner's server into a step not begun after one that passes", () => {
    const at = new Date().toISOString();
    writeProgress(
      JSON.stringify({ steps: { '01-tcp-listen': { state: 'passed', at } }, hints: {} }),
    );
    const home = workbook.run('start');
    expect(home.stdout).toMatch(/npm run carry 2\s+start it on your own server/);
  });

  test('report a damaged progress file in one line, keep it aside, and start afresh', () => {
    writeProgress('{"steps": {"01-tcp-li');
    const first = workbook.run('progress');
    expect(first.status).toBe(0);
    expect(first.stderr.trim().split('\n')).toHaveLength(1);
    expect(first.stderr).toContain('Your progress file could not be read');
    expect(existsSync(join(state, 'progress.json.damaged'))).toBe(true);
    expect(first.stdout).toContain('0 of');
    expect(workbook.run('progress').stderr).toBe('');
  });
});
