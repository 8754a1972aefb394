import { cliMessages as m } from './cli-messages.ts';
import { refuse } from './command.ts';

/**
 * The value of an option that counts something, if it is a whole number from `min` to `max`;
 * otherwise the mistake is told with the usage, and nothing is returned.
 */
export function wholeNumber(
  option: string,
  value: string,
  usage: () => string,
  { min = 1, max = Number.MAX_SAFE_INTEGER } = {},
): number | undefined {
  const number = Number(value);
  if (/^\d+$/.test(value.trim()) && number >= min && number <= max) return number;
  const mistake =
    max === Number.MAX_SAFE_INTEGER
      ? m.notAtLeast(option, value, min)
      : m.notBetween(option, value, min, max);
  return refuse(mistake, usage);
}

/** The value of an option that names one of a few choices; otherwise the mistake is told. */
export function oneOf<const Choice extends string>(
  option: string,
  value: string,
  choices: readonly Choice[],
  usage: () => string,
): Choice | undefined {
  if ((choices as readonly string[]).includes(value)) return value as Choice;
  return refuse(m.notOneOf(option, value, choices), usage);
}

/** Several counting options, each read as `wholeNumber` reads one; the first mistake is told. */
export function wholeNumbers<const Name extends string>(
  values: Record<Name, string>,
  names: readonly Name[],
  usage: () => string,
): Record<Name, number> | undefined {
  const numbers = {} as Record<Name, number>;
  for (const name of names) {
    const number = wholeNumber(name, values[name], usage);
    if (number === undefined) return undefined;
    numbers[name] = number;
  }
  return numbers;
}
