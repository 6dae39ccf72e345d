import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { LocalServerError } from './supervised-process';

/** Whether a process of that id runs (signal 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The data folder belongs to one running service: a second start there refuses and touches
 * nothing (its servers are the first one's, not left behind). A lock whose process is gone is
 * taken over. Released when the service stops.
 */
export function lockDataDir(dataDir: string): { release(): void } {
  const file = join(dataDir, 'jingzhun.pid');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
        throw new LocalServerError(`jingzhun is already running in ${dataDir} (pid ${holder}). Stop it first, or give this one another DATA_DIR.`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new LocalServerError(`Could not lock ${dataDir}`);
}
