import { afterAll, beforeEach } from 'vitest';
import { stopAllServers } from './server-process.ts';

// Each check stops its own servers; this catches any started outside a check, such as in a hook.
afterAll(stopAllServers);

// Run again on a later step's files, an earlier step's check that the later step changes on
// purpose is left out. Only such runs load the list of those checks.
const checked = Number(process.env.WORKBOOK_CHECKED_STEP);
if (checked) {
  const { noLongerApplies } = await import('./earlier-checks.ts');
  // vitest hands fixtures only to hooks that name what they take.
  beforeEach(({ task, skip }) => {
    if (noLongerApplies(task.file.filepath, task.name, checked)) skip();
  });
}
