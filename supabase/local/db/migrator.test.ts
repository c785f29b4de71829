import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, MigrationChangedError } from './migrator';
import { openPglite } from './pglite';
import type { Database } from './database';

let dir: string;
let db: Database;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ita-migrations-'));
  db = await openPglite();
});
afterAll(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
  await rm(path.join(dir, '..', `${path.basename(dir)}-seed.sql`), { force: true });
});

describe('migrate', () => {
  it('applies platform SQL, migrations in name order, and the seed once on a new database', async () => {
    await writeFile(path.join(dir, '20260101000001_first.sql'), 'create table public.t1 (id int primary key);');
    await writeFile(path.join(dir, '20260101000002_second.sql'), 'insert into public.t1 values (1);');
    const seed = path.join(dir, '..', `${path.basename(dir)}-seed.sql`);
    await writeFile(seed, 'insert into public.t1 values (2);');

    const first = await migrate(db, { migrationsDir: dir, seedFile: seed });
    expect(first).toEqual({ applied: ['20260101000001', '20260101000002'], seeded: true });
    expect((await db.query('select id from public.t1 order by id')).rows).toEqual([{ id: 1 }, { id: 2 }]);
    expect((await db.query(`select to_regclass('auth.users')::text as t`)).rows).toEqual([{ t: 'auth.users' }]);

    const again = await migrate(db, { migrationsDir: dir, seedFile: seed });
    expect(again).toEqual({ applied: [], seeded: false });
    expect((await db.query('select count(*)::int as n from public.t1')).rows).toEqual([{ n: 2 }]);
  });

  it('refuses to start when an applied migration was changed', async () => {
    await writeFile(path.join(dir, '20260101000001_first.sql'), 'create table public.t1 (id bigint primary key);');
    await expect(migrate(db, { migrationsDir: dir, seedFile: null })).rejects.toBeInstanceOf(MigrationChangedError);
    await expect(migrate(db, { migrationsDir: dir, seedFile: null })).rejects.toThrow(
      /20260101000001_first\.sql was changed/,
    );
    await writeFile(path.join(dir, '20260101000001_first.sql'), 'create table public.t1 (id int primary key);');
  });

  it('rolls back a failing migration and names it', async () => {
    await writeFile(
      path.join(dir, '20260101000003_bad.sql'),
      'create table public.t3 (id int); select no_such_function();',
    );
    await expect(migrate(db, { migrationsDir: dir, seedFile: null })).rejects.toThrow(/20260101000003_bad\.sql failed/);
    expect((await db.query(`select to_regclass('public.t3') as t`)).rows).toEqual([{ t: null }]);
    expect(
      (await db.query(`select count(*)::int as n from local_stack.migrations where version = '20260101000003'`)).rows,
    ).toEqual([{ n: 0 }]);
    await rm(path.join(dir, '20260101000003_bad.sql'));
  });

  it('rejects a migration file name without a timestamp', async () => {
    await writeFile(path.join(dir, 'oops.sql'), 'select 1;');
    await expect(migrate(db, { migrationsDir: dir, seedFile: null })).rejects.toThrow(
      /<timestamp>_<name>\.sql: oops\.sql/,
    );
    await rm(path.join(dir, 'oops.sql'));
  });
});
