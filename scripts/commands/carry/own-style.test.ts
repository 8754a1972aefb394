import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch, parsePatch } from 'diff';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { learnerFiles, listSteps, type Step } from '../../shared/workbook/steps.ts';
import { WorkbookCopy } from '../../shared/workbook/workbook-copy.ts';

// A learner who writes the server their own way: other names, comments and messages, a class
// that gathers the head, helpers of their own. `own-style/step-NN.patch` holds what they write in
// step NN after carrying, and nothing else: their answers to the TODOs, and where a carry could
// not keep their lines, the lines they bring back. A patch applies only to the exact text it was
// made on (give or take a line changed since, a reworded TODO say), so each one also proves that
// the carry gave them their own code back.
const workbook = new WorkbookCopy({ timeoutMs: 240_000 });
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

beforeAll(() => {
  expect(workbook.run('keep-starters').status).toBe(0);
});

describe('a learner who writes steps 1 and 2 their own way', () => {
  test.each(steps)(
    'carries their own server into step $number, which passes',
    (step) => {
      const previous = steps.find((earlier) => earlier.number === step.number - 1);
      if (previous) {
        const expectedConflicts = conflicts[step.number] ?? [];
        const kept = learnerFiles(previous)
          .filter((name) => !expectedConflicts.includes(name))
          .map((name) => ({ name, lines: ownLines(previous, name) }));
        const carried = workbook.run('carry', [String(step.number)]);
        expect(carried.status, carried.stdout).toBe(0);
        // Every line the learner wrote in a file the carry merged is still theirs in the next step.
        for (const { name, lines } of kept) {
          for (const line of lines) expect(read(step, name), name).toContain(line);
        }
        for (const name of expectedConflicts) {
          expect(words(carried.stdout)).toContain(`\`${name}\`: your code and step ${step.number}`);
        }
        expect(carried.stdout.match(/change the same lines/g) ?? []).toHaveLength(
          expectedConflicts.length,
        );
      }
      writeOwnCode(step);
      const checked = workbook.run('step', [String(step.number)]);
      expect(checked.stdout).toMatch(/All \d+ checks pass\./);
      if (previous) expect(checked.stdout).toMatch(/Your server still passes all \d+ of them\./);
      expect(checked.status, checked.stdout).toBe(0);
      // A step with every earlier check again takes minutes on a busy machine.
    },
    300_000,
  );

  test('ends with a step 8 that is still written in their own words', () => {
    const eight = steps.at(-1)!;
    expect(read(eight, 'server.ts')).toContain('function announce(): void');
    expect(read(eight, 'request.ts')).toContain('class HeadCollector');
    expect(read(eight, 'thread-pool.ts')).toContain('#handOut(): void');
    expect(read(eight, 'worker.ts')).toContain('const loaded = new Map');
  });
});
