import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LearnerError } from './learner-error.ts';
import { m } from './messages.ts';

/**
 * Imports one of the learner's modules into the checks, turning a module that fails to load
 * (a syntax error, a throw at the top level) into a message about that file.
 */
export async function importLearnerModule<Module>(folder: string, file: string): Promise<Module> {
  try {
    return (await import(pathToFileURL(join(folder, file)).href)) as Module;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new LearnerError({
      ...(/TODO\(step \d+\)/.test(message) ? { kind: 'todo' as const } : {}),
      message: m.moduleFailed(file, message),
      hint: m.moduleFailedHint,
    });
  }
}
