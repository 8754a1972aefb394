import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { loadOrRebuildProgress, loadProgress, progressFile } from './progress.ts';
import { recordHintsSeen, recordResult } from './record-progress.ts';

const folders: string[] = [];
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const tsx = ['--import', 'tsx'];

function stateFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'workbook-progress-'));
  folders.push(folder);
  return folder;
}

afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true })));

describe('the progress file', () => {
  test('remembers results and hints between runs', () => {
    const folder = stateFolder();
    recordResult('01-tcp-listen', 'failing', folder);
    recordResult('01-tcp-listen', 'passed', folder);
    recordHintsSeen('02-parse-request', 2, folder);
    const { progress, corrupt } = loadProgress(folder);
    expect(corrupt).toBeUndefined();
    expect(progress.steps['01-tcp-listen']?.state).toBe('passed');
    expect(progress.hints).toEqual({ '02-parse-request': 2 });
  });

  test('keeps the old progress when the writer dies between writing and renaming', () => {
    const folder = stateFolder();
    recordResult('01-tcp-listen', 'passed', folder);
    const crash = spawnSync(process.execPath, [...tsx, fixture('crash-before-rename.ts'), folder]);
    expect(crash.signal).toBe('SIGKILL');
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
    const { progress, corrupt } = loadProgress(folder);
    expect(corrupt).toBeUndefined();
    expect(Object.keys(progress.steps)).toEqual(['01-tcp-listen']);
  });

  test('cleans up what a crashed writer left behind on the next save', () => {
    const folder = stateFolder();
    spawnSync(process.execPath, [...tsx, fixture('crash-before-rename.ts'), folder]);
    recordResult('01-tcp-listen', 'passed', folder);
    expect(readdirSync(folder)).toEqual(['progress.json']);
  });

  test('is always whole after a writer is killed at a random moment', async () => {
    const folder = stateFolder();
    for (let kill = 0; kill < 5; kill++) {
      const writer = spawn(process.execPath, [...tsx, fixture('save-forever.ts'), folder]);
      await once(writer.stdout, 'data');
      await sleep(Math.random() * 50);
      writer.kill('SIGKILL');
      await once(writer, 'exit');
      const { progress, corrupt } = loadProgress(folder);
      expect(corrupt).toBeUndefined();
      expect(Object.keys(progress.steps).length).toBe(progress.hints.saved);
    }
  });

  test('reports a damaged file once, keeps it aside and starts afresh', () => {
    const folder = stateFolder();
    writeFileSync(progressFile(folder), '{"steps": {"01-tcp-listen": {"sta');
    const first = loadOrRebuildProgress(folder);
    expect(first.corrupt).toMatch(/JSON/);
    expect(first.progress).toEqual({ steps: {}, hints: {} });
    expect(readFileSync(`${progressFile(folder)}.damaged`, 'utf8')).toContain('"sta');
    expect(loadOrRebuildProgress(folder).corrupt).toBeUndefined();
  });

  test('treats valid JSON of the wrong shape as damaged', () => {
    const folder = stateFolder();
    writeFileSync(progressFile(folder), '{"steps": null, "hints": {}}');
    expect(loadProgress(folder).corrupt).toBeDefined();
    expect(recordResult('01-tcp-listen', 'passed', folder)).toBeDefined();
    expect(loadProgress(folder).progress.steps['01-tcp-listen']?.state).toBe('passed');
    expect(existsSync(`${progressFile(folder)}.damaged`)).toBe(true);
  });
});
