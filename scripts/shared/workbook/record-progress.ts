import { stateFolder } from './paths.ts';
import { loadOrRebuildProgress, saveProgress, type StepState } from './progress.ts';

/** Enough passes to find a restored backup, few enough to keep the file small. */
const passesKept = 20;

/**
 * Records a step's latest result and, for a pass, the fingerprint of the files that passed;
 * returns why the old file was unreadable, if it was.
 */
export function recordResult(
  slug: string,
  state: StepState,
  folder = stateFolder,
  files?: string,
): string | undefined {
  const { progress, corrupt } = loadOrRebuildProgress(folder);
  const passes = (progress.steps[slug]?.passes ?? []).filter((passed) => passed !== files);
  if (state === 'passed' && files) passes.push(files);
  progress.steps[slug] = {
    state,
    at: new Date().toISOString(),
    ...(files ? { passes: passes.slice(-passesKept) } : {}),
  };
  saveProgress(progress, folder);
  return corrupt;
}

/**
 * Forgets a step's last run and that its files were carried, as the starter is back. The files
 * that passed are still known, so a restored backup counts as passed again.
 */
export function forgetRun(slug: string, folder = stateFolder): void {
  const { progress } = loadOrRebuildProgress(folder);
  const passes = progress.steps[slug]?.passes;
  if (passes) progress.steps[slug] = { passes };
  else delete progress.steps[slug];
  delete progress.carried?.[slug];
  saveProgress(progress, folder);
}

/** Remembers that a step's files were carried from an earlier step, whose checks now run too. */
export function recordCarry(slug: string, from: number, folder = stateFolder): void {
  forgetRun(slug, folder);
  const { progress } = loadOrRebuildProgress(folder);
  progress.carried = { ...progress.carried, [slug]: from };
  saveProgress(progress, folder);
}

/** Remembers how many hints of a step the learner has seen. */
export function recordHintsSeen(slug: string, count: number, folder = stateFolder): void {
  const { progress } = loadOrRebuildProgress(folder);
  progress.hints[slug] = count;
  saveProgress(progress, folder);
}
