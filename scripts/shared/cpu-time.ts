import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** The kernel's clock ticks per second, in which /proc counts CPU time: 100 on nearly every Linux. */
const ticksPerSecond =
  Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/**
 * The CPU seconds a process has used so far, all its threads together, from a line of
 * /proc/<pid>/stat: utime and stime, fields 14 and 15. The name in field 2 may hold spaces, so
 * the fields are counted from the parenthesis that closes it.
 */
export function cpuSecondsOf(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [user, system] = [fields[11], fields[12]].map(Number);
  return Number.isFinite(user! + system!) ? (user! + system!) / ticksPerSecond : undefined;
}

/** The CPU seconds the process `pid` has used, where /proc tells it (Linux); undefined elsewhere. */
export function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    return pid === undefined ? undefined : cpuSecondsOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}
