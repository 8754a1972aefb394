import type { Mistake } from './mistake.ts';
import { step01 } from './step-01.ts';
import { step02 } from './step-02.ts';
import { step03 } from './step-03.ts';
import { step04 } from './step-04.ts';
import { step05 } from './step-05.ts';
import { step06 } from './step-06.ts';
import { step07 } from './step-07.ts';
import { step08 } from './step-08.ts';
import { step09 } from './step-09.ts';
import { step10 } from './step-10.ts';

export type { Mistake };

/** Every step's plausible mistakes, in the order of the steps. */
export const mistakes: Mistake[] = [
  ...step01,
  ...step02,
  ...step03,
  ...step04,
  ...step05,
  ...step06,
  ...step07,
  ...step08,
  ...step09,
  ...step10,
];
