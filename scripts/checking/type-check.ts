import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Language } from '../shared/i18n/language.ts';
import { root, stateFolder } from '../shared/workbook/paths.ts';

export interface TypeProblem {
  /** Relative to the folder that was checked. */
  file: string;
  line: number;
  message: string;
}

const require = createRequire(import.meta.url);

/**
 * TypeScript 7's compiler is a native program; starting it directly saves the Node process its
 * launcher script would cost. Where the native package is missing, the launcher does the job.
 */
function compiler(): [string, string[]] {
  try {
    const native = `@typescript/typescript-${process.platform}-${process.arch}/package.json`;
    const program = join(
      dirname(require.resolve(native)),
      'lib',
      process.platform === 'win32' ? 'tsc.exe' : 'tsc',
    );
    if (existsSync(program)) return [program, []];
  } catch {
    // Not installed for this platform: use the launcher.
  }
  return [
    process.execPath,
    [join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc')],
  ];
}

/**
 * Type-checks the TypeScript files among `files` (relative to `folder`) with the project's own
 * compiler options, and lists the problems found in them.
 */
export async function typeCheck(
  folder: string,
  files: string[],
  language: Language,
): Promise<TypeProblem[]> {
  const sources = files.filter((file) => file.endsWith('.ts')).map((file) => join(folder, file));
  if (sources.length === 0) return [];
  const configFolder = join(stateFolder, 'type-check');
  mkdirSync(configFolder, { recursive: true });
  const config = join(configFolder, `${basename(dirname(folder))}-${basename(folder)}.json`);
  writeFileSync(
    config,
    JSON.stringify({ extends: join(root, 'tsconfig.json'), include: [], files: sources }, null, 2),
  );
  const [program, args] = compiler();
  const output = await new Promise<string>((done) => {
    const compiling = execFile(
      program,
      [...args, '-p', config, '--pretty', 'false', '--singleThreaded', '--locale', language],
      { cwd: root, encoding: 'utf8' },
      (_error, stdout) => done(stdout),
    );
    // The checks run at the same time and are what the learner waits for: they go first.
    try {
      if (compiling.pid) setPriority(compiling.pid, 10);
    } catch {
      // The compiler ended already, or the system does not allow it: nothing is lost.
    }
  });
  return parseDiagnostics(output, folder);
}

/** Reads `path(line,column): error TS1234: message` lines, keeping those about `folder`. */
export function parseDiagnostics(output: string, folder: string): TypeProblem[] {
  const problems: TypeProblem[] = [];
  let current: TypeProblem | undefined;
  for (const line of output.split('\n')) {
    const match = /^(.+)\((\d+),\d+\): error TS\d+: (.*)$/.exec(line.trimEnd());
    if (match) {
      const file = relative(folder, resolve(root, match[1]!));
      const outside = file.startsWith('..') || isAbsolute(file);
      current = outside ? undefined : { file, line: Number(match[2]), message: match[3]! };
      if (current) problems.push(current);
    } else if (current && line.startsWith('  ')) {
      // A chained message explains the line above it.
      current.message += `\n${line.trimEnd()}`;
    }
  }
  return problems;
}
