import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Ends a measurement script whose command line it cannot use: one line, then the usage. */
export function stopWithUsage(mistake: string, usage: string): never {
  console.error(`${mistake}\n\n${usage}`);
  process.exit(1);
}

/**
 * Reads the options of a maintainers' measurement script (in English, as its figures are), which
 * a learner's command line convention does not cover: a mistake is told as the commands tell it.
 */
export function readMeasurementOptions<const Extra extends Options>(options: Extra, usage: string) {
  try {
    return parseArgs({ options, strict: true }).values;
  } catch (error) {
    return stopWithUsage((error as Error).message, usage);
  }
}

const whole = (item: string, min: number) => /^\d+$/.test(item) && Number(item) >= min;

/** A comma list of whole numbers of at least `min`, such as `--jobs 1,2,3`. */
export function numberList(option: string, value: string, usage: string, min = 1): number[] {
  const items = value.split(',').map((item) => item.trim());
  const wrong = items.find((item) => !whole(item, min));
  if (wrong === undefined) return items.map(Number);
  const mistake = `--${option} takes whole numbers from ${min} up, separated by commas, not '${wrong}'.`;
  return stopWithUsage(mistake, usage);
}

/** One whole number of at least `min`, such as `--runs 5`. */
export function wholeNumber(option: string, value: string, usage: string, min = 1): number {
  if (whole(value.trim(), min)) return Number(value);
  return stopWithUsage(`--${option} takes a whole number from ${min} up, not '${value}'.`, usage);
}
