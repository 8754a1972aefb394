import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findStep } from '../../shared/workbook/steps.ts';
import type { Edit } from './mutant.ts';

/**
 * Replaces a solution's readHead with one that reads the socket in a `for await` loop and returns
 * from inside it: leaving the loop destroys the socket, so the response written next is lost.
 */
export function forAwaitReadHead(slug: string): Edit {
  const source = readFileSync(join(findStep(slug)!.solutionFolder, 'request.ts'), 'utf8');
  const start = source.indexOf('export function readHead');
  const from = source.slice(start, source.indexOf('\n}\n', start) + 2);
  const to = `export async function readHead(socket: Socket): Promise<string | undefined> {
  socket.setEncoding('utf8');
  let received = '';
  for await (const chunk of socket) {
    received += chunk;
    const end = received.indexOf('\\r\\n\\r\\n');
    if (end !== -1) return received.slice(0, end);
  }
  return undefined;
}`;
  return { file: 'request.ts', from, to };
}
