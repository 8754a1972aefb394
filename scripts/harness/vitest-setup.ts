import { afterAll, beforeEach } from 'vitest';
import { checkedStepVariable, noLongerApplies } from './earlier-checks.ts';
import { stopAllServers } from './server-process.ts';

// Each check stops its own servers; this catches any started outside a check, such as in a hook.
afterAll(stopAllServers);

// Run again on a later step's files, an earlier step's check that the later step changes on
// purpose is left out.
const checked = Number(process.env[checkedStepVariable]);
if (checked) {
  // vitest hands fixtures only to hooks that name what they take.
  beforeEach(({ task, skip }) => {
    if (noLongerApplies(task.file.filepath, task.name, checked)) skip();
  });
}
