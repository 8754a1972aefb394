import { openProgress } from '../../shared/workbook/open-progress.ts';
import { stateFolder } from '../../shared/workbook/paths.ts';
import { recordCarry } from '../../shared/workbook/record-progress.ts';
import { stepStatus } from '../../shared/workbook/step-status.ts';
import { stepBefore, type Step } from '../../shared/workbook/steps.ts';
import { replaceWithBackup, say } from '../reset/replace-with-backup.ts';
import { changedFiles } from '../reset/reset-step.ts';
import { pristineStarter } from '../reset/starters.ts';
import { m } from './messages.ts';
import { planCarry } from './plan-carry.ts';
import { showCarry } from './show-carry.ts';

/**
 * `npm run carry <next>`: brings the learner's files of the step before `next` into `next`, with
 * what `next` adds merged in. Resolves with the exit code.
 */
export function carryForward(next: Step, force: boolean, state = stateFolder): number {
  const previous = stepBefore(next);
  if (!previous) {
    say(m.firstStep);
    return 1;
  }
  const status = stepStatus(previous, openProgress(state));
  if (status !== 'passed' && !force) {
    say(
      status === 'changed' ? m.changed(previous.number) : m.notPassed(previous.number, next.number),
    );
    return 1;
  }
  const starter = pristineStarter(next, state);
  if (!starter) {
    say(m.noStarter(next.number));
    return 1;
  }
  const plan = planCarry(previous, next, starter.files);
  // Only the learner's own edits are worth a word; an untouched starter is saved all the same.
  const edited = changedFiles(next, starter.files).length > 0;
  const backup = replaceWithBackup(next, plan.files, state, m.failed);
  if (backup === undefined) return 1;
  recordCarry(next.slug, previous.number, state);
  say(showCarry(plan, previous, next));
  if (edited && backup) {
    console.log();
    say(m.saved);
    console.log(backup);
  }
  console.log();
  say(m.nextAction(next.number));
  return 0;
}
