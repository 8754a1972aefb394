import chalk from 'chalk';

// chalk leaves colour off when the output is not a terminal; NO_COLOR (no-color.org) asks the same.
if (process.env.NO_COLOR) chalk.level = 0;

/** True when styling is off, so a text must carry its structure in plain characters. */
export const isPlain = (): boolean => chalk.level === 0;
