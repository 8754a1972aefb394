import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Language } from '../../shared/i18n/language.ts';
import { root } from '../../shared/workbook/paths.ts';
import type { Step } from '../../shared/workbook/steps.ts';
import { severalStepsConfig } from '../../checking/run-steps.ts';
import { targetsEnvironment } from '../../shared/workbook/step-targets.ts';
import { checksEnvironment, vitestCli } from '../../checking/supervisor.ts';

/** A check as vitest lists it: its full name, the describe blocks first, joined by ` > `. */
export type ListedCheck = string;

/**
 * The names of each step's checks, in order, collected without running them, in one test
 * process for every step. Every student is then graded on the same list, even one whose run
 * stopped early or never started. A step's list is empty when the checks cannot be listed;
 * grading then goes by the checks that ran.
 */
export async function listChecks(
  steps: readonly Step[],
  language: Language,
  env: Record<string, string>,
  folder: string,
): Promise<Map<string, ListedCheck[]>> {
  const file = join(folder, 'checks.json');
  const targets = steps.map((step) => ({ slug: step.slug, target: step.solutionFolder }));
  const listing = promisify(execFile)(
    process.execPath,
    [vitestCli, 'list', '--config', severalStepsConfig, `--json=${file}`],
    {
      cwd: root,
      timeout: 120_000,
      killSignal: 'SIGKILL',
      env: {
        ...checksEnvironment({ target: steps[0]!.solutionFolder, language, env }),
        ...targetsEnvironment(targets),
      },
    },
  );
  // Grading stopped with Ctrl-C ends the listing too.
  const stop = () => listing.child.kill('SIGKILL');
  process.once('exit', stop);
  const lists = new Map(steps.map((step) => [step.slug, [] as ListedCheck[]]));
  try {
    await listing;
    const listed = JSON.parse(readFileSync(file, 'utf8')) as { name: string; file: string }[];
    for (const check of listed) {
      const slug = /^steps[/\\]([^/\\]+)[/\\]/.exec(relative(root, check.file))?.[1];
      lists.get(slug ?? '')?.push(check.name);
    }
  } catch {
    // Nothing listed: each step goes by the checks that ran.
  } finally {
    process.off('exit', stop);
    rmSync(file, { force: true });
  }
  return lists;
}

/** Whether a check that ran, known by its own name, is this listed one. */
export function isListedAs(listed: ListedCheck, name: string): boolean {
  return listed === name || listed.endsWith(` > ${name}`);
}

/** A listed check's own name, without its describe blocks. */
export function ownName(listed: ListedCheck): string {
  return listed.split(' > ').at(-1)!;
}
