import { describe, expect, test } from 'vitest';
import { runStep } from '../../checking/run-step.ts';
import { language } from '../../shared/i18n/language.ts';
import { findStep } from '../../shared/workbook/steps.ts';
import { mistakes, type Mistake } from './mistakes.ts';
import { mutant } from './mutant.ts';

const step = (slug: string) => findStep(slug)!;

/** Runs the named checks of a step's test files against `target`; their outcomes by name. */
async function outcomes(slug: string, files: string[], names: string[], target: string) {
  const run = await runStep({ step: step(slug), target, language, only: { files, names } });
  expect(run.problem?.message).toBeUndefined();
  return new Map(run.tests.map((outcome) => [outcome.name, outcome]));
}

// Each check runs alone on a copy of the solution with one mistake in it, side by side.
describe("each step's checks", () => {
  test.concurrent.each(mistakes)('catch a server that $what', async (mistake: Mistake) => {
    const wrong = mutant(step(mistake.step).solutionFolder, mistake.edits);
    try {
      const found = await outcomes(mistake.step, [mistake.file], [mistake.check], wrong.folder);
      const outcome = found.get(mistake.check);
      expect(outcome?.state, outcome?.error?.message).toBe('fail');
      expect(outcome!.error!.hint).toBe(mistake.hint);
    } finally {
      wrong.remove();
    }
  });

  // The same checks, on the solution itself, one run per step.
  const steps = [...new Set(mistakes.map((mistake) => mistake.step))].map((slug) => {
    const ofStep = mistakes.filter((mistake) => mistake.step === slug);
    const files = [...new Set(ofStep.map((mistake) => mistake.file))];
    return { slug, files, names: ofStep.map((mistake) => mistake.check) };
  });
  test.concurrent.each(steps)('pass the solution of $slug', async ({ slug, files, names }) => {
    const found = await outcomes(slug, files, names, step(slug).solutionFolder);
    for (const name of names) expect(found.get(name)?.state, name).toBe('pass');
  });
});
