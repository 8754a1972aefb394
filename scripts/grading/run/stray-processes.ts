import { readdirSync, readlinkSync } from 'node:fs';
import { sep } from 'node:path';

/**
 * Ends every process whose working folder is `folder` or below it. A student's server can start
 * a program in a session of its own, out of reach of the process group that the runner ends;
 * such a program still works in the student's folder, unless it moved away on purpose. Linux
 * only (it reads /proc); elsewhere the process group is all there is.
 */
export function endProcessesIn(folder: string): void {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return;
  }
  for (const pid of pids) {
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd === folder || cwd.startsWith(folder + sep)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Gone already, or someone else's process.
    }
  }
}
