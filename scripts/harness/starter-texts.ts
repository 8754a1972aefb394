import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { language, type Language } from '../shared/i18n/language.ts';
import { listSteps } from '../shared/workbook/steps.ts';

/**
 * What a step's starter says in English, in Turkish: each `TODO(step N): … (see README.md)` error
 * by its text, and each line its finished code prints or throws, by the words that begin it.
 */
export interface StarterInTurkish {
  todos: Record<string, string>;
  printed?: Record<string, string>;
}

/** The tables live in each step's messages.ts, beside the step's other texts. */
async function loadTables(): Promise<Map<number, StarterInTurkish>> {
  const tables = await Promise.all(
    listSteps().map(async (step) => {
      const url = pathToFileURL(join(step.folder, 'messages.ts')).href;
      const messages = (await import(url)) as { starterInTurkish?: StarterInTurkish };
      return [step.number, messages.starterInTurkish ?? { todos: {} }] as const;
    }),
  );
  return new Map(tables);
}

const tables = await loadTables();

const todoError = /TODO\(step (\d+)\): ([^\n'"`]*?) \(see README\.md\)/g;

/**
 * A printed line's words count where a line or an error's message begins ("Bad request: Malformed
 * request line: …"), never inside other words: "Request:" must not touch "400 Bad Request: …".
 */
const printedLines = [...tables.values()]
  .flatMap((table) => Object.entries(table.printed ?? {}))
  .map(([english, turkish]) => {
    const escaped = english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return [new RegExp(`(?<=^|: )${escaped}`, 'gm'), turkish] as const;
  });

/**
 * A starter's own English, told in the learner's language: its TODO errors point a Turkish learner
 * at README.tr.md, and the lines its code prints read in Turkish. Anything else stays as it is.
 */
export function starterTextIn(text: string, chosen: Language = language): string {
  if (chosen === 'en') return text;
  const told = text.replace(todoError, (error, step: string, todo: string) => {
    const turkish = tables.get(Number(step))?.todos[todo];
    return turkish ? `TODO(step ${step}): ${turkish} (README.tr.md dosyasına bakın)` : error;
  });
  return printedLines.reduce((shown, [english, turkish]) => shown.replace(english, turkish), told);
}

/** Every TODO text and printed line that has a Turkish entry, for the course's own checks. */
export function starterTables(): ReadonlyMap<number, StarterInTurkish> {
  return tables;
}
