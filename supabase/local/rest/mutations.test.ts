import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRest, recordingClient, startRestFixture, type RestFixture } from './test-fixtures';

let fx: RestFixture;
let db: SupabaseClient;

const EXTRA = `
create table rest_test_items (
  id serial primary key,
  sku text not null unique,
  name text not null default 'unnamed',
  qty int not null default 0 check (qty >= 0),
  note text,
  updated_at timestamptz
);
`;

beforeAll(async () => {
  fx = await startRestFixture(EXTRA);
  db = fx.stack.service();
});
afterAll(async () => {
  await fx?.stack.close();
});

const tableRows = (sql: string) => fx.stack.sql(sql);

describe('insert', () => {
  it('inserts one row and answers 201 with no body by default (return=minimal)', async () => {
    const rec = recordingClient(fx.stack);
    const r = await rec.client.from('rest_test_items').insert({ sku: 'a-1', name: 'Apple' });
    expect(r).toMatchObject({ status: 201, data: null, error: null });
    expect(rec.header('content-range')).toBe('*/*');
    expect(rec.header('content-type')).toBeNull();
    expect(await tableRows(`select sku, name, qty from rest_test_items where sku = 'a-1'`)).toEqual([
      { sku: 'a-1', name: 'Apple', qty: 0 },
    ]);
  });

  it('answers the inserted row with defaults for select() (return=representation)', async () => {
    const rec = recordingClient(fx.stack);
    const { data, status } = await rec.client
      .from('rest_test_items')
      .insert({ sku: 'b-1', qty: 3 })
      .select('sku, name, qty, note');
    expect(status).toBe(201);
    expect(data).toEqual([{ sku: 'b-1', name: 'unnamed', qty: 3, note: null }]);
    expect(rec.header('preference-applied')).toBe('return=representation');
    const one = await db.from('rest_test_items').insert({ sku: 'b-2' }).select('sku').single();
    expect(one.data).toEqual({ sku: 'b-2' });
  });

  it('inserts in bulk; missing keys are null by default and defaults with defaultToNull: false', async () => {
    const nulls = await db
      .from('rest_test_items')
      .insert([
        { sku: 'c-1', note: 'x' },
        { sku: 'c-2', name: 'Two', note: 'y' },
      ])
      .select('sku, name, note');
    expect(nulls.error).toMatchObject({
      code: '23502',
      message: 'null value in column "name" of relation "rest_test_items" violates not-null constraint',
    });
    expect(nulls.status).toBe(400);
    const { data, error } = await db
      .from('rest_test_items')
      .insert(
        [
          { sku: 'c-1', note: 'x' },
          { sku: 'c-2', name: 'Two' },
          { sku: 'c-3', note: 'z' },
        ],
        { defaultToNull: false },
      )
      .select('sku, name, note')
      .order('sku');
    expect(error).toBeNull();
    expect(data?.sort((a, b) => a.sku.localeCompare(b.sku))).toEqual([
      { sku: 'c-1', name: 'unnamed', note: 'x' },
      { sku: 'c-2', name: 'Two', note: null },
      { sku: 'c-3', name: 'unnamed', note: 'z' },
    ]);
  });

  it('counts inserted rows', async () => {
    const rec = recordingClient(fx.stack);
    const r = await rec.client.from('rest_test_items').insert([{ sku: 'd-1' }, { sku: 'd-2' }], { count: 'exact' });
    expect(r).toMatchObject({ status: 201, count: 2 });
    expect(rec.header('content-range')).toBe('*/2');
  });

  it('answers inserted rows with embedded resources', async () => {
    const { data } = await db
      .from('rest_test_books')
      .insert({ id: 50, title: 'New', author_id: 2 })
      .select('title, author:rest_test_authors!author_id(name)');
    expect(data).toEqual([{ title: 'New', author: { name: 'Bob Writer' } }]);
  });

  it('rejects unknown columns with 400 PGRST204', async () => {
    const { error, status } = await db.from('rest_test_items').insert({ sku: 'e-1', colour: 'red' });
    expect(status).toBe(400);
    expect(error).toMatchObject({
      code: 'PGRST204',
      message: "Could not find the 'colour' column of 'rest_test_items' in the schema cache",
    });
  });

  it('inserts a text/csv body (NULL for nulls, quoted fields)', async () => {
    const res = await rawRest(fx.stack, '/rest_test_items?select=sku,name,note', {
      method: 'POST',
      body: 'sku,name,note\ncsv-1,"Comma, Inc",NULL\r\ncsv-2,"Say ""hi""",plain\n',
      headers: { 'content-type': 'text/csv', prefer: 'return=representation' },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual([
      { sku: 'csv-1', name: 'Comma, Inc', note: null },
      { sku: 'csv-2', name: 'Say "hi"', note: 'plain' },
    ]);
  });

  it('rolls back with Prefer: tx=rollback but answers the result', async () => {
    const { data } = await db.from('rest_test_items').insert({ sku: 'f-1' }).select('sku').rollback();
    expect(data).toEqual([{ sku: 'f-1' }]);
    expect(await tableRows(`select 1 from rest_test_items where sku = 'f-1'`)).toEqual([]);
  });
});

describe('upsert', () => {
  it('merges duplicates on the primary key', async () => {
    await db.from('rest_test_tags').insert({ id: 10, name: 'ten' });
    const rec = recordingClient(fx.stack);
    const { data, status } = await rec.client
      .from('rest_test_tags')
      .upsert([
        { id: 10, name: 'TEN' },
        { id: 11, name: 'eleven' },
      ])
      .select()
      .order('id');
    expect(status).toBe(201);
    expect(data).toEqual([
      { id: 10, name: 'TEN' },
      { id: 11, name: 'eleven' },
    ]);
    expect(rec.header('preference-applied')).toBe('resolution=merge-duplicates, return=representation');
  });

  it('merges on another unique column with onConflict', async () => {
    await db.from('rest_test_items').insert({ sku: 'u-1', name: 'old', qty: 1 });
    const { data, error } = await db
      .from('rest_test_items')
      .upsert({ sku: 'u-1', name: 'new', qty: 9 }, { onConflict: 'sku' })
      .select('sku, name, qty');
    expect(error).toBeNull();
    expect(data).toEqual([{ sku: 'u-1', name: 'new', qty: 9 }]);
  });

  it('ignores duplicates with ignoreDuplicates', async () => {
    const { data } = await db
      .from('rest_test_items')
      .upsert(
        [
          { sku: 'u-1', name: 'ignored' },
          { sku: 'u-2', name: 'fresh' },
        ],
        { onConflict: 'sku', ignoreDuplicates: true },
      )
      .select('sku, name');
    expect(data).toEqual([{ sku: 'u-2', name: 'fresh' }]);
    expect(await tableRows(`select name from rest_test_items where sku = 'u-1'`)).toEqual([{ name: 'new' }]);
  });
});

describe('update', () => {
  it('updates filtered rows and answers 204 by default', async () => {
    await db.from('rest_test_items').insert([
      { sku: 'p-1', qty: 1 },
      { sku: 'p-2', qty: 2 },
      { sku: 'p-3', qty: 3 },
    ]);
    const rec = recordingClient(fx.stack);
    const r = await rec.client
      .from('rest_test_items')
      .update({ note: 'bulk' }, { count: 'exact' })
      .in('sku', ['p-1', 'p-2']);
    expect(r).toMatchObject({ status: 204, data: null, count: 2, error: null });
    expect(rec.header('content-range')).toBe('0-1/2');
    expect(await tableRows(`select sku from rest_test_items where note = 'bulk' order by sku`)).toEqual([
      { sku: 'p-1' },
      { sku: 'p-2' },
    ]);
  });

  it('answers updated rows with select() and an empty array when nothing matches', async () => {
    const { data, status } = await db
      .from('rest_test_items')
      .update({ qty: 30, updated_at: '2024-05-01T10:00:00Z' })
      .eq('sku', 'p-3')
      .select('sku, qty, updated_at');
    expect(status).toBe(200);
    expect(data).toEqual([{ sku: 'p-3', qty: 30, updated_at: '2024-05-01T10:00:00+00:00' }]);
    const none = await db.from('rest_test_items').update({ qty: 1 }).eq('sku', 'nope').select();
    expect(none).toMatchObject({ data: [], status: 200 });
  });

  it('answers 406 and rolls back when single() does not match exactly one row', async () => {
    const r = await db.from('rest_test_items').update({ note: 'single' }).like('sku', 'p-%').select().single();
    expect(r.status).toBe(406);
    expect(r.error).toMatchObject({ code: 'PGRST116', details: 'The result contains 3 rows' });
    expect(await tableRows(`select 1 from rest_test_items where note = 'single'`)).toEqual([]);
  });

  it('refuses an unfiltered update or delete (pg-safeupdate)', async () => {
    const u = await db.from('rest_test_items').update({ note: 'all' });
    expect(u.status).toBe(400);
    expect(u.error).toMatchObject({ code: '21000', message: 'UPDATE requires a WHERE clause' });
    const d = await db.from('rest_test_items').delete();
    expect(d.error).toMatchObject({ code: '21000', message: 'DELETE requires a WHERE clause' });
  });

  it('updates through an ordered limit', async () => {
    const { data } = await db
      .from('rest_test_items')
      .update({ note: 'first' })
      .like('sku', 'p-%')
      .order('sku', { ascending: false })
      .limit(1)
      .select('sku');
    expect(data).toEqual([{ sku: 'p-3' }]);
  });
});

describe('delete', () => {
  it('deletes filtered rows, answering them with select() and counting', async () => {
    await db.from('rest_test_items').insert([{ sku: 'z-1' }, { sku: 'z-2' }, { sku: 'z-3' }]);
    const rec = recordingClient(fx.stack);
    const { data, count, status } = await rec.client
      .from('rest_test_items')
      .delete({ count: 'exact' })
      .in('sku', ['z-1', 'z-2'])
      .select('sku')
      .order('sku');
    expect(status).toBe(200);
    expect(count).toBe(2);
    expect(data).toEqual([{ sku: 'z-1' }, { sku: 'z-2' }]);
    expect(rec.header('content-range')).toBe('*/2');
    const minimal = await db.from('rest_test_items').delete().eq('sku', 'z-3');
    expect(minimal).toMatchObject({ status: 204, data: null, error: null });
    expect(await tableRows(`select sku from rest_test_items where sku like 'z-%'`)).toEqual([]);
  });
});

describe('constraint violations', () => {
  it('maps unique, foreign key, not-null and check violations', async () => {
    const unique = await db.from('rest_test_items').insert({ sku: 'a-1' });
    expect(unique.status).toBe(409);
    expect(unique.error).toEqual({
      code: '23505',
      details: 'Key (sku)=(a-1) already exists.',
      hint: null,
      message: 'duplicate key value violates unique constraint "rest_test_items_sku_key"',
    });
    const fk = await db.from('rest_test_books').insert({ id: 60, title: 'x', author_id: 999 });
    expect(fk.status).toBe(409);
    expect(fk.error).toMatchObject({
      code: '23503',
      details: 'Key (author_id)=(999) is not present in table "rest_test_authors".',
    });
    const notNull = await db.from('rest_test_books').insert({ id: 61 });
    expect(notNull.status).toBe(400);
    expect(notNull.error?.code).toBe('23502');
    const check = await db.from('rest_test_items').insert({ sku: 'neg', qty: -1 });
    expect(check.status).toBe(400);
    expect(check.error).toMatchObject({
      code: '23514',
      message: 'new row for relation "rest_test_items" violates check constraint "rest_test_items_qty_check"',
    });
    const badType = await db.from('rest_test_items').insert({ sku: 'bad', qty: 'many' });
    expect(badType.status).toBe(400);
    expect(badType.error).toMatchObject({ code: '22P02', message: 'invalid input syntax for type integer: "many"' });
  });
});

describe('row level security on writes', () => {
  it('lets users insert, update and delete only their own rows', async () => {
    const mine = await fx.alice
      .from('rest_test_todos')
      .insert({ title: 'alice todo' })
      .select('title, user_id')
      .single();
    expect(mine.data).toEqual({ title: 'alice todo', user_id: fx.aliceId });
    const bobs = await fx.bob.from('rest_test_todos').insert({ title: 'bob todo' }).select('id').single();
    const bobId = (bobs.data as { id: number }).id;

    const sneakyUpdate = await fx.alice.from('rest_test_todos').update({ title: 'hacked' }).eq('id', bobId).select();
    expect(sneakyUpdate).toMatchObject({ data: [], status: 200 });
    const sneakyDelete = await fx.alice.from('rest_test_todos').delete({ count: 'exact' }).eq('id', bobId);
    expect(sneakyDelete).toMatchObject({ count: 0, status: 204 });
    expect(await fx.stack.sql(`select title from rest_test_todos where id = $1`, [bobId])).toEqual([
      { title: 'bob todo' },
    ]);

    const own = await fx.bob.from('rest_test_todos').update({ done: true }).eq('id', bobId).select('done');
    expect(own.data).toEqual([{ done: true }]);
    const gone = await fx.bob.from('rest_test_todos').delete().eq('id', bobId).select('title');
    expect(gone.data).toEqual([{ title: 'bob todo' }]);
  });

  it('rejects a row owned by someone else with 42501: 403 for users, 401 for anon', async () => {
    const forged = await fx.alice.from('rest_test_todos').insert({ title: 'forged', user_id: fx.bobId });
    expect(forged.status).toBe(403);
    expect(forged.error).toMatchObject({
      code: '42501',
      message: 'new row violates row-level security policy for table "rest_test_todos"',
    });
    const moved = await fx.alice.from('rest_test_todos').update({ user_id: fx.bobId }).eq('title', 'alice todo');
    expect(moved.status).toBe(403);
    expect(moved.error?.code).toBe('42501');
    const anon = await fx.stack.anon().from('rest_test_todos').insert({ title: 'anon', user_id: fx.aliceId });
    expect(anon.status).toBe(401);
    expect(anon.error).toMatchObject({ code: '42501' });
  });

  it('refuses tables without grants: 401 for anon, 403 for users', async () => {
    const anon = await fx.stack.anon().from('rest_test_secrets').select('*');
    expect(anon.status).toBe(401);
    expect(anon.error).toMatchObject({ code: '42501', message: 'permission denied for table rest_test_secrets' });
    const user = await fx.alice.from('rest_test_secrets').delete().eq('id', 1);
    expect(user.status).toBe(403);
    const service = await db.from('rest_test_secrets').select('value');
    expect(service.data).toEqual([{ value: 'hidden' }]);
  });
});
