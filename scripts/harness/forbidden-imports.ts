import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Modules that would do the lesson's work for the learner: Node's HTTP servers and frameworks. */
const forbidden =
  /^(node:)?(http|https|http2)$|^(express|fastify|koa|@hapi\/hapi|hapi|restify|polka|hono|micro)(\/|$)/;

const specifiers = [
  /\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

export interface ForbiddenImport {
  file: string;
  module: string;
}

/** The modules a learner's file imports, statically or dynamically; comments do not count. */
export function importsOf(folder: string, file: string): string[] {
  const source = withoutComments(readFileSync(join(folder, file), 'utf8'));
  return specifiers.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
}

/** Finds imports of forbidden modules in the learner's TypeScript and JavaScript files. */
export function findForbiddenImports(folder: string, files: readonly string[]): ForbiddenImport[] {
  return files
    .filter((file) => /\.(ts|mts|cts|js|mjs|cjs)$/.test(file))
    .flatMap((file) =>
      importsOf(folder, file)
        .filter((module) => forbidden.test(module))
        .map((module) => ({ file, module })),
    );
}
