import type { Edit } from './mutant.ts';

/** A plausible wrong solution, and what the check written for it must say. */
export interface Mistake {
  /** What the learner got wrong, as a test title. */
  what: string;
  step: string;
  /** The test file, in the step's folder, holding the check. */
  file: string;
  check: string;
  /** The hint the failing check must give. */
  hint: string;
  edits: Edit[];
}
