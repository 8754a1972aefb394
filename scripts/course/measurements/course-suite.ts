import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { vitestCli } from '../../checking/supervisor.ts';
import { root } from '../../shared/workbook/paths.ts';

// Measures where the course's self-check spends its time: the whole run, and the slowest files.
// Run: node --import tsx scripts/course/measurements/course-suite.ts
interface FileReport {
  name: string;
  startTime: number;
  endTime: number;
  assertionResults: { status: string; fullName: string }[];
}

const folder = mkdtempSync(join(tmpdir(), 'workbook-suite-'));
const report = join(folder, 'report.json');
const load = () => loadavg()[0]!.toFixed(1);
const loadBefore = load();
const started = performance.now();
try {
  const config = 'scripts/course/vitest.config.ts';
  const args = [vitestCli, 'run', '--config', config, '--reporter=json', `--outputFile=${report}`];
  try {
    execFileSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  } catch {
    // A failing check still leaves its report; the counts below show it.
  }
  const seconds = (performance.now() - started) / 1000;
  const files = (JSON.parse(readFileSync(report, 'utf8')) as { testResults: FileReport[] })
    .testResults;
  const checks = files.flatMap((file) => file.assertionResults);
  const passed = checks.filter((check) => check.status === 'passed').length;
  console.log(
    `${seconds.toFixed(1)} s for ${files.length} files, ` +
      `${passed}/${checks.length} checks passed (${availableParallelism()} processors, load ` +
      `${loadBefore} at the start, ${load()} at the end)`,
  );
  for (const check of checks.filter((each) => each.status === 'failed')) {
    console.log(`failed: ${check.fullName}`);
  }
  console.log('slowest files (seconds):');
  const duration = (file: FileReport) => (file.endTime - file.startTime) / 1000;
  for (const file of [...files].sort((a, b) => duration(b) - duration(a)).slice(0, 8)) {
    console.log(`${duration(file).toFixed(1).padStart(7)}  ${relative(root, file.name)}`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
