import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * A process's resident memory in bytes, as the system counts it: /proc on Linux, `ps` on macOS
 * and the BSDs; undefined where neither answers (Windows).
 */
export function residentBytes(pid: number): number | undefined {
  try {
    if (process.platform === 'linux') {
      const kib = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return kib === undefined ? undefined : Number(kib) * 1024;
    }
    const kib = execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return /^\d+$/.test(kib) ? Number(kib) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
