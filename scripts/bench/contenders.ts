import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, solutionsFolder } from '../workbook/paths.ts';

/** A server the benchmark measures, and how many /sleep requests it should run at once. */
export interface Contender {
  name: string;
  role: 'yours' | 'one thread' | 'pool' | 'hardened' | 'baseline';
  folder: string;
  entry?: string;
  cwd?: string;
  threads: number;
}

export interface ContenderChoice {
  poolSize: number;
  /** Also measure the step 8 solution: what hardening costs. */
  hardened: boolean;
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
 * The step 5 solution (one thread), the step 7 solution (a pool), and node:http serving the same
 * pages from the same folder; reference servers that are not written yet are left out.
 */
export function chooseContenders(choice: ContenderChoice): Contender[] {
  const contenders: Contender[] = [];
  if (choice.target) {
    const folder = resolve(choice.target);
    const threads = threadsOf(folder, choice.poolSize);
    contenders.push({ name: shortName(folder), role: 'yours', folder, threads });
  }
  const referenceServers = [
    { name: 'step 5', role: 'one thread', slug: '05-slow-route', threads: 1 },
    { name: 'step 7', role: 'pool', slug: '07-graceful-shutdown', threads: choice.poolSize },
    { name: 'step 8', role: 'hardened', slug: '08-harden', threads: choice.poolSize },
  ] as const;
  for (const { slug, ...server } of referenceServers) {
    if (server.role === 'hardened' && !choice.hardened) continue;
    if (existsSync(reference(slug))) contenders.push({ ...server, folder: reference(slug) });
  }
  const pages = ['07-graceful-shutdown', '05-slow-route', '04-serve-html']
    .map(reference)
    .find((folder) => existsSync(join(folder, 'hello.html')))!;
  contenders.push({
    name: 'node:http',
    role: 'baseline',
    folder: baselineFolder,
    entry: 'baseline-server.ts',
    cwd: pages,
    threads: 1,
  });
  return contenders;
}
