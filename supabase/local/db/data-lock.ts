import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly port: number | null,
  ) {
    super(
      `The data folder ${dataDir} is in use by a running local stack (pid ${pid}${port ? `, port ${port}` : ''}).\n` +
        `Stop it first (Ctrl+C in its terminal, or kill ${pid}).`,
    );
    this.name = 'DataDirInUseError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const lockFile = (dataDir: string) => path.join(dataDir, 'stack.lock');

/** Who holds the data folder, if a live process does (a stale lock from a crash is ignored). */
export async function readLock(dataDir: string): Promise<{ pid: number; port: number | null } | null> {
  try {
    const lock = JSON.parse(await readFile(lockFile(dataDir), 'utf8')) as { pid: number; port: number | null };
    return alive(lock.pid) ? lock : null;
  } catch {
    return null;
  }
}

/** PGlite must have one owner: refuse a second process on the same data folder. */
export async function acquireLock(dataDir: string, port: number | null): Promise<() => Promise<void>> {
  const holder = await readLock(dataDir);
  if (holder) throw new DataDirInUseError(dataDir, holder.pid, holder.port);
  await writeFile(lockFile(dataDir), JSON.stringify({ pid: process.pid, port }));
  return () => rm(lockFile(dataDir), { force: true });
}
