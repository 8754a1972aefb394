import { parseArgs, type ParseArgsConfig } from 'node:util';
import { findStep, listSteps, type Step } from '../shared/workbook/steps.ts';
import { cliMessages as m } from './cli-messages.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

// A reader that stops early, as `| head` does, closes the pipe: the command has nothing more to
// do, and a crash with EPIPE would only be noise.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

const common = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies Options;

/**
 * Reads a command's options and the words after them. On `--help`, or on options it cannot use,
 * it prints the command's usage (its spec) and returns nothing; a mistake also sets a failing
 * exit code. Every command reads its command line through here, so all behave alike.
 */
export function readArguments<const Extra extends Options>(options: Extra, usage: () => string) {
  try {
    const parsed = parseArgs({ options: { ...common, ...options }, allowPositionals: true });
    if (!(parsed.values as { help?: boolean }).help) return parsed;
    console.log(usage());
  } catch (error) {
    refuse(mistake(error as Error & { code?: string }), usage);
  }
  return undefined;
}

/** Reads a command that takes options only, as `readArguments` does. */
export function readCommand<const Extra extends Options>(options: Extra, usage: () => string) {
  const parsed = readArguments(options, usage);
  if (parsed && parsed.positionals.length > 0) {
    return refuse(m.unexpected(parsed.positionals.join(' ')), usage);
  }
  return parsed?.values;
}

/** Reads a command that works on one step, named by its number or name as the first argument. */
export function readStepCommand<const Extra extends Options>(options: Extra, usage: () => string) {
  const parsed = readArguments(options, usage);
  if (!parsed) return undefined;
  const [query] = parsed.positionals;
  const step: Step | undefined = query === undefined ? undefined : findStep(query);
  if (step) return { values: parsed.values, step };
  const slugs = listSteps().map((known) => known.slug);
  if (query === undefined) return refuse(undefined, usage);
  return refuse(m.noSuchStep(query, slugs), usage);
}

/** parseArgs explains a mistake in English only; the option it names is all we need of it. */
function mistake(error: Error & { code?: string }): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return m.unknownOption(option);
  if (/argument missing/.test(error.message)) return m.needsValue(option);
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return m.badOption(option);
  return error.message;
}

/** Tells a mistake in the command line in one line, then the usage, and fails the command. */
export function refuse(mistake: string | undefined, usage: () => string): undefined {
  console.error(mistake === undefined ? usage() : `${mistake}\n\n${usage()}`);
  process.exitCode = 1;
  return undefined;
}
