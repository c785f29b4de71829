import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, open, rename, rm, rmdir, stat, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Queryable } from '../db/database';
import { caseTwinExists } from './db';
import { ERR } from './errors';
import { bucketDir, objectFile } from './keys';

const code = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;

/**
 * The bytes of storage objects: `<storageDir>/<bucket>/<key>`. New content is written
 * to `<storageDir>/#tmp/` ('#' can never appear in a bucket name) and renamed into
 * place only after its row has committed. One lock orders "commit row, then move
 * file" against reads and other writes, so a reader never sees a row with another
 * version's bytes and two writers of one key cannot commit in one order and rename
 * in the other.
 */
export class Disk {
  readonly tempDir: string;
  #tail: Promise<unknown> = Promise.resolve();
  #ready: Promise<void> | null = null;
  #caseInsensitive: Promise<boolean> | null = null;

  constructor(readonly storageDir: string) {
    this.tempDir = path.join(storageDir, '#tmp');
  }

  /** Runs `fn` alone (see the class comment); keep it short — no request bodies inside. */
  lock<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(fn, fn);
    this.#tail = run.catch(() => undefined);
    return run;
  }

  /** The temp folder, emptied of leftovers from an earlier crash on first use. */
  ready(): Promise<void> {
    this.#ready ??= (async () => {
      await rm(this.tempDir, { recursive: true, force: true });
      await mkdir(this.tempDir, { recursive: true });
    })();
    return this.#ready;
  }

  async newTempFile(): Promise<string> {
    await this.ready();
    return path.join(this.tempDir, randomUUID());
  }

  async discard(tempFile: string): Promise<void> {
    await rm(tempFile, { force: true });
  }

  file(bucket: string, key: string): string {
    return objectFile(this.storageDir, bucket, key);
  }

  /**
   * Makes room for `<bucket>/<key>` before its row is written (call under the lock):
   * creates parent folders and refuses keys the layout cannot hold — a file where a
   * folder is needed or the reverse, or (on case-insensitive disks) a key differing
   * from another object's only in letter case.
   */
  async prepareTarget(db: Queryable, bucket: string, key: string, except: string | null = null): Promise<string> {
    const file = this.file(bucket, key);
    let isDir = false;
    try {
      isDir = (await stat(file)).isDirectory();
    } catch (e) {
      if (code(e) !== 'ENOENT' && code(e) !== 'ENOTDIR') throw e;
    }
    if (isDir) {
      try {
        await rmdir(file); // only an empty folder left behind goes
      } catch {
        throw ERR.diskConflict(key);
      }
    }
    try {
      await mkdir(path.dirname(file), { recursive: true });
    } catch (e) {
      if (code(e) === 'EEXIST' || code(e) === 'ENOTDIR') throw ERR.diskConflict(key);
      throw e;
    }
    if ((await this.caseInsensitive()) && (await caseTwinExists(db, bucket, key, except))) throw ERR.diskConflict(key);
    return file;
  }

  async commit(tempFile: string, target: string): Promise<void> {
    await rename(tempFile, target);
  }

  /** Deletes an object's file and the folders it leaves empty (up to the bucket folder). */
  async remove(bucket: string, key: string): Promise<void> {
    const file = this.file(bucket, key);
    try {
      await unlink(file);
    } catch (e) {
      if (code(e) !== 'ENOENT') throw e;
    }
    await this.pruneEmptyParents(bucket, file);
  }

  async pruneEmptyParents(bucket: string, file: string): Promise<void> {
    const stop = bucketDir(this.storageDir, bucket);
    for (let dir = path.dirname(file); dir.startsWith(stop + path.sep); dir = path.dirname(dir)) {
      try {
        await rmdir(dir);
      } catch {
        return;
      }
    }
  }

  async removeBucket(bucket: string): Promise<void> {
    await rm(bucketDir(this.storageDir, bucket), { recursive: true, force: true });
  }

  /** A copy of an object's bytes in a new temp file (for copy). */
  async copyToTemp(bucket: string, key: string): Promise<string> {
    const temp = await this.newTempFile();
    try {
      await copyFile(this.file(bucket, key), temp);
    } catch (e) {
      await this.discard(temp);
      if (code(e) === 'ENOENT') throw ERR.noSuchKey();
      throw e;
    }
    return temp;
  }

  /** Opens an object's file for reading; a row whose file is missing reads as "not found". */
  async open(bucket: string, key: string): Promise<{ handle: FileHandle; size: number; mtime: Date }> {
    let handle: FileHandle;
    try {
      handle = await open(this.file(bucket, key), 'r');
    } catch (e) {
      if (code(e) === 'ENOENT' || code(e) === 'ENOTDIR' || code(e) === 'EISDIR') throw ERR.noSuchKey();
      throw e;
    }
    const st = await handle.stat();
    if (!st.isFile()) {
      await handle.close();
      throw ERR.noSuchKey();
    }
    return { handle, size: st.size, mtime: st.mtime };
  }

  /** Whether `A` and `a` name one file here (macOS and Windows defaults). Probed once. */
  caseInsensitive(): Promise<boolean> {
    this.#caseInsensitive ??= (async () => {
      await this.ready();
      const name = `case-probe-${randomUUID()}`;
      const probe = path.join(this.tempDir, name);
      await writeFile(probe, '');
      try {
        await stat(path.join(this.tempDir, name.toUpperCase()));
        return true;
      } catch {
        return false;
      } finally {
        await rm(probe, { force: true });
      }
    })();
    return this.#caseInsensitive;
  }
}
