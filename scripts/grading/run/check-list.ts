import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Language } from '../../shared/i18n/language.ts';
import { root } from '../../shared/workbook/paths.ts';
import type { Step } from '../../shared/workbook/steps.ts';
import { checksEnvironment, vitestCli } from '../../checking/supervisor.ts';

/** A check as vitest lists it: its full name, the describe blocks first, joined by ` > `. */
export type ListedCheck = string;

/**
 * The names of a step's checks, in order, collected without running them. Every student is
 * then graded on the same list, even one whose run stopped early or never started.
 * Empty when the checks cannot be listed; grading then goes by the checks that ran.
 */
export async function listChecks(
  step: Step,
  language: Language,
  env: Record<string, string>,
  folder: string,
): Promise<ListedCheck[]> {
  const file = join(folder, `${step.slug}.checks.json`);
  const listing = promisify(execFile)(
    process.execPath,
    [vitestCli, 'list', `--json=${file}`, relative(root, step.folder) + '/'],
    {
      cwd: root,
      timeout: 120_000,
      killSignal: 'SIGKILL',
      env: checksEnvironment({ target: step.solutionFolder, language, env }),
    },
  );
  // Grading stopped with Ctrl-C ends the listing too.
  const stop = () => listing.child.kill('SIGKILL');
  process.once('exit', stop);
  try {
    await listing;
    const listed = JSON.parse(readFileSync(file, 'utf8')) as { name: string }[];
    return listed.map((check) => check.name);
  } catch {
    return [];
  } finally {
    process.off('exit', stop);
    rmSync(file, { force: true });
  }
}

/** Whether a check that ran, known by its own name, is this listed one. */
export function isListedAs(listed: ListedCheck, name: string): boolean {
  return listed === name || listed.endsWith(` > ${name}`);
}

/** A listed check's own name, without its describe blocks. */
export function ownName(listed: ListedCheck): string {
  return listed.split(' > ').at(-1)!;
}
