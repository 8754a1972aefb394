import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Language } from '../i18n/language.ts';
import { solutionsFolder, stepsFolder } from './paths.ts';

export interface Step {
  number: number;
  slug: string;
  /** The learner's folder: instructions, starter files and tests. */
  folder: string;
  solutionFolder: string;
}

export function listSteps(): Step[] {
  return readdirSync(stepsFolder)
    .filter((name) => /^\d\d-[a-z0-9-]+$/.test(name))
    .sort()
    .map((slug) => ({
      number: Number(slug.slice(0, 2)),
      slug,
      folder: join(stepsFolder, slug),
      solutionFolder: join(solutionsFolder, slug),
    }));
}

/** The step just before this one, whose solution this step's starter was made from. */
export const stepBefore = (step: Step): Step | undefined =>
  listSteps().find((candidate) => candidate.number === step.number - 1);

/** Accepts `3`, `03`, `03-respond` or `respond`. */
export function findStep(query: string): Step | undefined {
  const wanted = query.trim().toLowerCase();
  return listSteps().find(
    (step) =>
      (/^\d+$/.test(wanted) && step.number === Number(wanted)) ||
      step.slug === wanted ||
      step.slug.slice(3) === wanted,
  );
}

function filesBelow(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** The files a learner writes in a step: exactly the files its reference solution consists of. */
export function learnerFiles(step: Step): string[] {
  return filesBelow(step.solutionFolder);
}

export function readmePath(step: Step, language: Language): string {
  const translated = join(step.folder, `README.${language}.md`);
  return language !== 'en' && existsSync(translated) ? translated : join(step.folder, 'README.md');
}

/** The step's title is the first heading of its instructions, so it is translated with them. */
export function stepTitle(step: Step, language: Language): string {
  const file = readmePath(step, language);
  const heading = existsSync(file) ? /^#\s+(.+)$/m.exec(readFileSync(file, 'utf8')) : null;
  return heading?.[1]?.trim() ?? step.slug;
}
