import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, solutionsFolder } from '../../shared/workbook/paths.ts';
import type { Contender } from './bench-result.ts';
import { m } from './messages.ts';

export interface ContenderChoice {
  poolSize: number;
  /** A learner's own step folder (step 5 or later), measured beside the reference servers. */
  target?: string;
}

const reference = (slug: string) => join(solutionsFolder, slug);
const baselineFolder = fileURLToPath(new URL('.', import.meta.url));

/** A folder from step 6 on has a thread pool; before that, its server has one thread. */
const threadsOf = (folder: string, poolSize: number) =>
  existsSync(join(folder, 'thread-pool.ts')) ? poolSize : 1;

function shortName(folder: string): string {
  const inside = relative(root, folder);
  return inside && !inside.startsWith('..') ? inside : folder;
}

/**
 * The step 5 solution (one thread), the step 7 solution (the book's pool), the step 8 solution
 * (the book's final server), the step 9 solution (the same, keeping connections open), the step
 * 10 solution (the same on piscina), and node:http serving the same pages from the same folder.
 */
export function chooseContenders(choice: ContenderChoice): Contender[] {
  const contenders: Contender[] = [];
  if (choice.target) {
    const folder = resolve(choice.target);
    const threads = threadsOf(folder, choice.poolSize);
    contenders.push({ name: shortName(folder), role: 'yours', folder, threads });
  }
  const referenceServers = [
    { name: m.stepServer(5), role: 'one thread', slug: '05-slow-route', threads: 1 },
    { name: m.stepServer(7), role: 'pool', slug: '07-graceful-shutdown', threads: choice.poolSize },
    { name: m.stepServer(8), role: 'final', slug: '08-harden', threads: choice.poolSize },
    { name: m.stepServer(9), role: 'keep-alive', slug: '09-keep-alive', threads: choice.poolSize },
    {
      name: m.stepServer(10),
      role: 'production pool',
      slug: '10-production-pool',
      threads: choice.poolSize,
    },
  ] as const;
  contenders.push(
    ...referenceServers.map(({ slug, ...server }) => ({ ...server, folder: reference(slug) })),
  );
  contenders.push({
    name: 'node:http',
    role: 'baseline',
    folder: baselineFolder,
    entry: 'baseline-server.ts',
    cwd: reference('08-harden'),
    threads: 1,
  });
  return contenders;
}
