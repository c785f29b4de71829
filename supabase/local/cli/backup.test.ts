import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from '../server';
import { backup } from './backup';
import { restore } from './restore';

let root: string;
let dataDir: string;
const secret = 'backup-test-secret-backup-test-secret-0123';

async function userEmails() {
  const stack = await startStack({ data: dataDir, port: 0, log: null, seed: false, jwtSecret: secret });
  try {
    return (await stack.db.query<{ email: string }>('select email from auth.users order by email')).rows.map(
      (r) => r.email,
    );
  } finally {
    await stack.close();
  }
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ita-backup-test-'));
  dataDir = path.join(root, 'data');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('round-trips the database and the stored files, and keeps the replaced data aside', async () => {
    const stack = await startStack({ data: dataDir, port: 0, log: null, seed: false, jwtSecret: secret });
    await stack.db.query(
      `insert into auth.users (id, email, aud, role) values ('11111111-1111-4111-8111-111111111111', 'kept@example.test', 'authenticated', 'authenticated')`,
    );
    await mkdir(path.join(stack.storageDir, 'evidence/org'), { recursive: true });
    await writeFile(path.join(stack.storageDir, 'evidence/org/file.pdf'), 'หลักฐาน');
    await expect(backup(dataDir, path.join(root, 'b.tar.gz'))).rejects.toThrow(/running/);
    await stack.close();

    const file = path.join(root, 'backup.tar.gz');
    const manifest = await backup(dataDir, file);
    expect(manifest.format).toBe('ita-local-stack-backup');
    expect(existsSync(file)).toBe(true);

    // Change the data after the backup…
    const later = await startStack({ data: dataDir, port: 0, log: null, seed: false, jwtSecret: secret });
    await later.db.query(`delete from auth.users`);
    await rm(path.join(later.storageDir, 'evidence/org/file.pdf'));
    await later.close();
    expect(await userEmails()).toEqual([]);

    // …and restore brings back both.
    await restore(file, dataDir);
    expect(await userEmails()).toEqual(['kept@example.test']);
    expect(await readFile(path.join(dataDir, 'storage/evidence/org/file.pdf'), 'utf8')).toBe('หลักฐาน');
  }, 90_000); // four starts of a persistent PGlite stack: ~20 s alone, ~30 s beside the rest of the suite

  it('refuses a file that is not a backup and leaves the data as it was', async () => {
    const bogus = path.join(root, 'bogus.tar.gz');
    await writeFile(bogus, 'not a tarball');
    await expect(restore(bogus, dataDir)).rejects.toThrow();
    expect(await userEmails()).toEqual(['kept@example.test']);
  });
});
