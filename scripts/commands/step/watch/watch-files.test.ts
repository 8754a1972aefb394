import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { folderFiles } from '../../../shared/workbook/folder-files.ts';
import { watchFolder } from './watch-files.ts';

let folder: string;
let watcher: { close(): void } | undefined;

/** Watches a new folder; by default, file events alone can trigger a run. */
function watch(settleMs = 50, pollMs = 60_000) {
  folder = mkdtempSync(join(tmpdir(), 'workbook-watch-'));
  writeFileSync(join(folder, 'server.ts'), 'first\n');
  const onSave = vi.fn();
  watcher = watchFolder(folder, onSave, settleMs, pollMs);
  return onSave;
}

afterEach(() => {
  watcher?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('watching a step folder', () => {
  test('notices a save in place', async () => {
    const onSave = watch();
    writeFileSync(join(folder, 'server.ts'), 'second\n');
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });

  test('notices a save by renaming a new file over the old one, as many editors do', async () => {
    const onSave = watch();
    writeFileSync(join(folder, 'server.ts.new'), 'second\n');
    renameSync(join(folder, 'server.ts.new'), join(folder, 'server.ts'));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });

  test('makes one run of a burst of saves', async () => {
    const onSave = watch();
    for (let save = 0; save < 5; save++) writeFileSync(join(folder, 'server.ts'), `save ${save}\n`);
    await vi.waitFor(() => expect(onSave).toHaveBeenCalled(), { timeout: 5000 });
    await sleep(300);
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  test("ignores editors' swap and backup files", async () => {
    const onSave = watch();
    writeFileSync(join(folder, '.server.ts.swp'), 'swap');
    writeFileSync(join(folder, 'server.ts~'), 'backup');
    writeFileSync(join(folder, '4913'), '');
    await sleep(400);
    expect(onSave).not.toHaveBeenCalled();
    expect(folderFiles(folder)).toEqual(['server.ts']);
  });

  test('still notices a save when the file events never come, by looking now and then', async () => {
    const onSave = watch(60_000, 100);
    writeFileSync(join(folder, 'server.ts'), 'saved unseen\n');
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });
});
