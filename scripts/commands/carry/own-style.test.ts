import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch, parsePatch } from 'diff';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startLimited } from '../../shared/limited.ts';
import { learnerFiles, listSteps, type Step } from '../../shared/workbook/steps.ts';
import { WorkbookCopy, type Finished } from '../../shared/workbook/workbook-copy.ts';

// A learner who writes the server their own way: other names, comments and messages, a class
// that gathers the head, helpers of their own. `own-style/step-NN.patch` holds what they write in
// step NN after carrying, and nothing else: their answers to the TODOs, and where a carry could
// not keep their lines, the lines they bring back. A patch applies only to the exact text it was
// made on (give or take a line changed since, a reworded TODO say), so each one also proves that
// the carry gave them their own code back.
const commandMs = 240_000;
const workbook = new WorkbookCopy({ timeoutMs: commandMs });
afterAll(() => workbook.remove());

const steps = listSteps().filter((step) => step.number <= 8);
const folder = (step: Step) => join(workbook.root, 'steps', step.slug);
const read = (step: Step, name: string) => readFileSync(join(folder(step), name), 'utf8');
const words = (text: string) => text.replace(/\s+/g, ' ');

/** The files where the next step rewrites what this learner wrote, so that a carry cannot merge. */
const conflicts: Record<number, string[]> = { 4: ['server.ts'], 8: ['request.ts', 'respond.ts'] };

/** What the learner writes in a step: their patch, applied to the files as the carry left them. */
function writeOwnCode(step: Step): void {
  const patches = readFileSync(
    new URL(`own-style/step-${String(step.number).padStart(2, '0')}.patch`, import.meta.url),
    'utf8',
  );
  for (const patch of parsePatch(patches)) {
    const name = patch.newFileName!.replace(/^b\//, '');
    const written = applyPatch(read(step, name), patch, { fuzzFactor: 1 });
    expect(written, `the learner's patch of step ${step.number} fits ${name}`).not.toBe(false);
    writeFileSync(join(folder(step), name), written as string);
  }
}

/** Lines of the learner's file that the reference does not have: their own way of writing it. */
function ownLines(step: Step, name: string): string[] {
  const reference = new Set(readFileSync(join(step.solutionFolder, name), 'utf8').split('\n'));
  return read(step, name)
    .split('\n')
    .filter((line) => line.trim() !== '' && !reference.has(line));
}

/** What a carry into a step printed, and the learner's own lines it did not keep, by file. */
interface Carry {
  status: number | null;
  stdout: string;
  lost: { name: string; line: string }[];
}
const carries = new Map<number, Carry>();
/** The run of each step's checks, `npm run step N` as the learner types it, by step. */
const checkRuns = new Map<number, Promise<Finished>>();

/**
 * Runs every step's checks, two steps at a time, the longest first: each run already checks its
 * files side by side, and one step's run takes minutes with every earlier check on a busy machine.
 */
function checkEveryStep(): void {
  const longestFirst = [...steps].reverse();
  const runs = startLimited(
    longestFirst.map((step) => () => workbook.runAsync('step', [String(step.number)])),
    2,
  );
  longestFirst.forEach((step, index) => checkRuns.set(step.number, runs[index]!));
}

// The learner's way through the course, step by step: carry, then write their own code. Carrying
// waits for no pass (`--force`; carry's own tests cover the gate), so that the steps' checks can
// then run side by side.
beforeAll(() => {
  expect(workbook.run('keep-starters').status).toBe(0);
  for (const step of steps) {
    const previous = steps.find((earlier) => earlier.number === step.number - 1);
    if (previous) {
      const expectedConflicts = conflicts[step.number] ?? [];
      const theirs = learnerFiles(previous)
        .filter((name) => !expectedConflicts.includes(name))
        .flatMap((name) => ownLines(previous, name).map((line) => ({ name, line })));
      const { status, stdout } = workbook.run('carry', [String(step.number), '--force']);
      // Every line the learner wrote in a file the carry merged must still be theirs now.
      const lost = theirs.filter(({ name, line }) => !read(step, name).includes(line));
      carries.set(step.number, { status, stdout, lost });
    }
    writeOwnCode(step);
  }
  checkEveryStep();
}, 120_000);

describe('a learner who writes each step their own way', () => {
  test.each(steps.slice(1))(
    'keeps every line of their own when carrying into step $number',
    (step) => {
      const { status, stdout, lost } = carries.get(step.number)!;
      expect(status, stdout).toBe(0);
      expect(lost).toEqual([]);
      const expectedConflicts = conflicts[step.number] ?? [];
      for (const name of expectedConflicts) {
        expect(words(stdout)).toContain(`\`${name}\`: your code and step ${step.number}`);
      }
      expect(stdout.match(/change the same lines/g) ?? []).toHaveLength(expectedConflicts.length);
    },
  );

  test.each(steps)(
    'passes step $number with their own server, earlier checks included',
    async (step) => {
      const checked = await checkRuns.get(step.number)!;
      expect(checked.stdout).toMatch(/All \d+ checks pass\./);
      if (step.number > 1)
        expect(checked.stdout).toMatch(/Your server still passes all \d+ of them\./);
      expect(checked.status, checked.stdout).toBe(0);
    },
    // A step's run may wait for all the others to end first.
    steps.length * commandMs,
  );

  test('ends with a step 8 that is still written in their own words', () => {
    const eight = steps.at(-1)!;
    expect(read(eight, 'server.ts')).toContain('function announce(): void');
    expect(read(eight, 'request.ts')).toContain('class HeadCollector');
    expect(read(eight, 'thread-pool.ts')).toContain('#handOut(): void');
    expect(read(eight, 'worker.ts')).toContain('const loaded = new Map');
  });
});
