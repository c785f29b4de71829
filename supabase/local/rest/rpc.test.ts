import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingClient, startRestFixture, type RestFixture } from './test-fixtures';

let fx: RestFixture;
let db: SupabaseClient;

const FUNCTIONS = `
create function rest_test_add(a int, b int) returns int language sql immutable as $$ select a + b $$;
create function rest_test_hello(name text default 'world') returns text language sql immutable as $$ select 'hello ' || name $$;
create function rest_test_series(n int) returns setof int language sql immutable as $$ select generate_series(1, n) $$;
create function rest_test_books_by(author int) returns setof rest_test_books language sql stable
  as $$ select * from rest_test_books where author_id = author $$;
create function rest_test_first_book() returns rest_test_books language sql stable
  as $$ select * from rest_test_books order by id limit 1 $$;
create function rest_test_long_books(min_pages int) returns table (title text, pages int) language sql stable
  as $$ select title, pages from rest_test_books where pages >= min_pages order by pages $$;
create function rest_test_stats(out total int, out published int) language sql stable
  as $$ select count(*)::int, (count(*) filter (where published))::int from rest_test_books $$;
create function rest_test_noop() returns void language sql as $$ select $$;
create function rest_test_kind(a int) returns text language sql immutable as $$ select 'int:' || a $$;
create function rest_test_kind(b text) returns text language sql immutable as $$ select 'text:' || b $$;
create function rest_test_sum(variadic nums int[]) returns int language sql immutable as $$ select sum(x)::int from unnest(nums) x $$;
create function rest_test_echo(json) returns json language sql immutable as $$ select $1 $$;
create function rest_test_tag_count(tags text[], meta jsonb) returns jsonb language sql immutable
  as $$ select jsonb_build_object('tags', cardinality(tags), 'meta', meta) $$;
create function rest_test_new_tag(tag_name text) returns rest_test_tags language sql volatile
  as $$ insert into rest_test_tags (id, name) values ((select coalesce(max(id), 0) + 1 from rest_test_tags), tag_name) returning * $$;
create function rest_test_whoami() returns text language sql stable as $$ select coalesce(auth.uid()::text, 'anon') || '/' || current_user $$;
create function rest_test_my_todos() returns setof rest_test_todos language sql stable as $$ select * from rest_test_todos $$;
`;

beforeAll(async () => {
  fx = await startRestFixture(FUNCTIONS);
  db = fx.stack.service();
});
afterAll(async () => {
  await fx?.stack.close();
});

describe('scalar functions', () => {
  it('calls with named arguments by POST and GET', async () => {
    expect(await db.rpc('rest_test_add', { a: 2, b: 3 })).toMatchObject({ data: 5, status: 200, error: null });
    expect(await db.rpc('rest_test_add', { a: 2, b: 3 }, { get: true })).toMatchObject({ data: 5, status: 200 });
    expect((await db.rpc('rest_test_hello', { name: 'ita' })).data).toBe('hello ita');
    expect((await db.rpc('rest_test_hello')).data).toBe('hello world');
    expect((await db.rpc('rest_test_hello', {}, { get: true })).data).toBe('hello world');
  });

  it('coerces JSON arrays and objects to array and jsonb parameters', async () => {
    const { data } = await db.rpc('rest_test_tag_count', { tags: ['a', 'b', 'c'], meta: { k: [1] } });
    expect(data).toEqual({ tags: 3, meta: { k: [1] } });
    const get = await db.rpc('rest_test_tag_count', { tags: ['x'], meta: '{"k":2}' }, { get: true });
    expect(get.data).toEqual({ tags: 1, meta: { k: 2 } });
  });

  it('answers 204 for void functions', async () => {
    expect(await db.rpc('rest_test_noop')).toMatchObject({ data: null, status: 204, error: null });
  });

  it('resolves overloads by argument names', async () => {
    expect((await db.rpc('rest_test_kind', { a: 7 })).data).toBe('int:7');
    expect((await db.rpc('rest_test_kind', { b: 'x' })).data).toBe('text:x');
  });

  it('passes variadic arguments and a whole body to a single unnamed json parameter', async () => {
    expect((await db.rpc('rest_test_sum', { nums: [1, 2, 3] })).data).toBe(6);
    expect((await db.rpc('rest_test_echo', { any: ['thing'], n: 1 })).data).toEqual({ any: ['thing'], n: 1 });
  });

  it('runs as the caller, with their claims', async () => {
    expect((await fx.alice.rpc('rest_test_whoami')).data).toBe(`${fx.aliceId}/authenticated`);
    expect((await fx.stack.anon().rpc('rest_test_whoami')).data).toBe('anon/anon');
  });
});

describe('set-returning and composite functions', () => {
  it('returns setof scalars, filterable through the function name', async () => {
    expect((await db.rpc('rest_test_series', { n: 4 })).data).toEqual([1, 2, 3, 4]);
    const filtered = await db
      .rpc('rest_test_series', { n: 6 })
      .gt('rest_test_series', 2)
      .order('rest_test_series', { ascending: false })
      .limit(3);
    expect(filtered.data).toEqual([6, 5, 4]);
  });

  it('returns table rows with filters, order, limit, select and count', async () => {
    const rec = recordingClient(fx.stack);
    const { data, count, status } = await rec.client
      .rpc('rest_test_books_by', { author: 1 }, { count: 'exact' })
      .select('id, title')
      .order('id', { ascending: false })
      .limit(1);
    expect(data).toEqual([{ id: 2, title: 'Dogs 202' }]);
    expect(count).toBe(2);
    expect(status).toBe(206);
    expect(rec.header('content-range')).toBe('0-0/2');
    const filtered = await db.rpc('rest_test_books_by', { author: 1 }).eq('published', true).select('title');
    expect(filtered.data).toEqual([{ title: 'Cats 101' }]);
  });

  it('embeds resources on rows of a table type', async () => {
    const { data } = await db
      .rpc('rest_test_books_by', { author: 2 })
      .select('title, author:rest_test_authors!author_id(name), rest_test_reviews(stars)')
      .order('id');
    expect(data).toEqual([
      { title: 'Poems', author: { name: 'Bob Writer' }, rest_test_reviews: [{ stars: 4 }] },
      { title: 'Drafts', author: { name: 'Bob Writer' }, rest_test_reviews: [] },
    ]);
  });

  it('returns one object for a function returning a single row', async () => {
    const { data } = await db.rpc('rest_test_first_book').select('id, title');
    expect(data).toEqual({ id: 1, title: 'Cats 101' });
    expect((await db.rpc('rest_test_stats')).data).toEqual({ total: 4, published: 2 });
  });

  it('returns objects for RETURNS TABLE, via GET too', async () => {
    const { data } = await db.rpc('rest_test_long_books', { min_pages: 100 }, { get: true });
    expect(data).toEqual([
      { title: 'Cats 101', pages: 120 },
      { title: 'Dogs 202', pages: 300 },
    ]);
    const single = await db.rpc('rest_test_long_books', { min_pages: 200 }).single();
    expect(single.data).toEqual({ title: 'Dogs 202', pages: 300 });
  });

  it('counts with head requests', async () => {
    const r = await db.rpc('rest_test_series', { n: 5 }, { head: true, count: 'exact' });
    expect(r).toMatchObject({ count: 5, data: null, status: 200 });
  });

  it('applies row level security inside functions', async () => {
    await fx.stack.sql(`insert into rest_test_todos (user_id, title) values ($1, 'a1'), ($2, 'b1')`, [
      fx.aliceId,
      fx.bobId,
    ]);
    expect((await fx.alice.rpc('rest_test_my_todos').select('title')).data).toEqual([{ title: 'a1' }]);
    expect((await fx.stack.anon().rpc('rest_test_my_todos')).data).toEqual([]);
  });
});

describe('volatility and errors', () => {
  it('runs GET calls read-only: a volatile function that writes gets 405 over GET and works over POST', async () => {
    const get = await db.rpc('rest_test_new_tag', { tag_name: 'via-get' }, { get: true });
    expect(get.status).toBe(405);
    expect(get.error).toMatchObject({ code: '25006', message: 'cannot execute INSERT in a read-only transaction' });
    const post = await db.rpc('rest_test_new_tag', { tag_name: 'via-post' });
    expect(post.status).toBe(200);
    expect(post.data).toMatchObject({ name: 'via-post' });
  });

  it('answers 404 PGRST202 for unknown functions or argument names', async () => {
    const unknown = await db.rpc('rest_test_nope', { x: 1, a: 2 });
    expect(unknown.status).toBe(404);
    expect(unknown.error).toMatchObject({
      code: 'PGRST202',
      message: 'Could not find the function public.rest_test_nope(a, x) in the schema cache',
      details:
        'Searched for the function public.rest_test_nope with parameters a, x or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.',
    });
    const wrongArgs = await db.rpc('rest_test_add', { a: 1 });
    expect(wrongArgs.error?.code).toBe('PGRST202');
    const typo = await db.rpc('rest_test_ad', { a: 1, b: 2 });
    expect(typo.error?.hint).toBe('Perhaps you meant to call the function public.rest_test_add');
  });

  it('answers 400 for arguments Postgres cannot coerce', async () => {
    const r = await db.rpc('rest_test_add', { a: 'one', b: 2 });
    expect(r.status).toBe(400);
    expect(r.error).toMatchObject({ code: '22P02', message: 'invalid input syntax for type integer: "one"' });
  });
});
