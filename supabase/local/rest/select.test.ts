import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingClient, startRestFixture, type RestFixture } from './test-fixtures';

let fx: RestFixture;
let db: SupabaseClient;

beforeAll(async () => {
  fx = await startRestFixture();
  db = fx.stack.service();
});
afterAll(async () => {
  await fx?.stack.close();
});

const ids = (rows: { id: number }[] | null) => (rows ?? []).map((r) => r.id);

describe('vertical filtering', () => {
  it('selects every column with * and keeps column order and types', async () => {
    const { data, error, status } = await db.from('rest_test_authors').select('*').eq('id', 1);
    expect(error).toBeNull();
    expect(status).toBe(200);
    expect(data).toEqual([
      {
        id: 1,
        name: 'Ann Author',
        email: 'ann@example.test',
        bio: 'writes about cats and dogs',
        tags: ['fiction', 'cats'],
        meta: { country: 'TH', stats: { books: 2 } },
        born: '1980-01-01',
        search: "'cat':3 'dog':5 'write':1",
      },
    ]);
    expect(Object.keys(data![0]!)).toEqual(['id', 'name', 'email', 'bio', 'tags', 'meta', 'born', 'search']);
  });

  it('selects columns, aliases, casts and JSON paths', async () => {
    const { data, error } = await db
      .from('rest_test_books')
      .select('id, heading:title, pages::text, price')
      .order('id')
      .limit(2);
    expect(error).toBeNull();
    expect(data).toEqual([
      { id: 1, heading: 'Cats 101', pages: '120', price: 10.5 },
      { id: 2, heading: 'Dogs 202', pages: '300', price: 20 },
    ]);
    const json = await db
      .from('rest_test_authors')
      .select('id, meta->country, c:meta->>country, meta->stats->books')
      .order('id');
    expect(json.data).toEqual([
      { id: 1, country: 'TH', c: 'TH', books: 2 },
      { id: 2, country: 'US', c: 'US', books: null },
      { id: 3, country: null, c: null, books: null },
    ]);
  });

  it('answers objects without keys for an empty select', async () => {
    const { data } = await db.from('rest_test_tags').select('').order('id');
    expect(data).toEqual([{}, {}]);
  });
});

describe('horizontal filtering', () => {
  it.each([
    ['eq', (q: ReturnType<typeof books>) => q.eq('pages', 120), [1]],
    ['neq', (q: ReturnType<typeof books>) => q.neq('pages', 120), [2, 3]],
    ['gt', (q: ReturnType<typeof books>) => q.gt('pages', 100), [1, 2]],
    ['gte', (q: ReturnType<typeof books>) => q.gte('pages', 120), [1, 2]],
    ['lt', (q: ReturnType<typeof books>) => q.lt('pages', 120), [3]],
    ['lte', (q: ReturnType<typeof books>) => q.lte('pages', 120), [1, 3]],
    ['like', (q: ReturnType<typeof books>) => q.like('title', '%101'), [1]],
    ['like with *', (q: ReturnType<typeof books>) => q.like('title', '*o*'), [2, 3]],
    ['ilike', (q: ReturnType<typeof books>) => q.ilike('title', 'cats%'), [1]],
    ['match', (q: ReturnType<typeof books>) => q.regexMatch('title', '^[CD]'), [1, 2, 4]],
    ['imatch', (q: ReturnType<typeof books>) => q.regexIMatch('title', '^p'), [3]],
    ['is null', (q: ReturnType<typeof books>) => q.is('editor_id', null), [2, 4]],
    ['not is null', (q: ReturnType<typeof books>) => q.not('editor_id', 'is', null), [1, 3]],
    ['is true', (q: ReturnType<typeof books>) => q.is('published', true), [1, 3]],
    ['is false', (q: ReturnType<typeof books>) => q.is('published', false), [2, 4]],
    ['in', (q: ReturnType<typeof books>) => q.in('id', [1, 3, 99]), [1, 3]],
    ['in with quoted values', (q: ReturnType<typeof books>) => q.in('title', ['Poems', 'Cats 101', 'a,b']), [1, 3]],
    ['not in', (q: ReturnType<typeof books>) => q.not('id', 'in', '(1,2)'), [3, 4]],
    ['isdistinct', (q: ReturnType<typeof books>) => q.filter('editor_id', 'isdistinct', 2), [2, 3, 4]],
    ['numeric compare on numeric(8,2)', (q: ReturnType<typeof books>) => q.gte('price', '10.5'), [1, 2]],
    ['timestamp compare', (q: ReturnType<typeof books>) => q.lt('created_at', '2024-06-01T00:00:00Z'), [1, 2, 3, 4]],
    ['like(any)', (q: ReturnType<typeof books>) => q.likeAnyOf('title', ['Cat*', 'Dra*']), [1, 4]],
    ['eq(any)', (q: ReturnType<typeof books>) => q.filter('id', 'eq(any)', '{2,4}'), [2, 4]],
  ])('%s', async (_name, apply, expected) => {
    const { data, error } = await apply(books());
    expect(error).toBeNull();
    expect(ids(data)).toEqual(expected);
  });

  function books() {
    return db.from('rest_test_books').select('id').order('id');
  }

  it('filters arrays and jsonb with cs, cd and ov', async () => {
    const q = () => db.from('rest_test_authors').select('id').order('id');
    expect(ids((await q().contains('tags', ['cats'])).data)).toEqual([1]);
    expect(ids((await q().containedBy('tags', ['poetry', 'x'])).data)).toEqual([2, 3]);
    expect(ids((await q().overlaps('tags', ['poetry', 'cats'])).data)).toEqual([1, 2]);
    expect(ids((await q().contains('meta', { country: 'US' })).data)).toEqual([2]);
  });

  it('filters JSON paths', async () => {
    const { data } = await db.from('rest_test_authors').select('id').eq('meta->>country', 'TH');
    expect(ids(data)).toEqual([1]);
    const nested = await db.from('rest_test_authors').select('id').eq('meta->stats->books', 2);
    expect(ids(nested.data)).toEqual([1]);
  });

  it('runs full-text search on tsvector and text columns, with a language', async () => {
    const q = () => db.from('rest_test_authors').select('id').order('id');
    expect(ids((await q().textSearch('search', 'cat & dog')).data)).toEqual([1]);
    expect(ids((await q().textSearch('search', 'cats dogs', { type: 'plain', config: 'english' })).data)).toEqual([1]);
    expect(ids((await q().textSearch('bio', 'poetry and prose', { type: 'phrase', config: 'english' })).data)).toEqual([
      2,
    ]);
    expect(ids((await q().textSearch('bio', 'poetry or cats', { type: 'websearch', config: 'english' })).data)).toEqual(
      [1, 2],
    );
    expect(ids((await q().not('search', 'fts(english)', 'cats')).data)).toEqual([2, 3]);
  });

  it('combines or/and trees with negation', async () => {
    const q = () => db.from('rest_test_books').select('id').order('id');
    expect(ids((await q().or('pages.gt.200,title.eq.Poems')).data)).toEqual([2, 3]);
    expect(ids((await q().or('id.eq.4,and(published.is.true,pages.lt.100)')).data)).toEqual([3, 4]);
    expect(ids((await q().or('title.in.("Poems","Cats 101"),pages.is.null')).data)).toEqual([1, 3, 4]);
    const raw = await q().or('not.and(published.is.true,id.lt.3)');
    expect(ids(raw.data)).toEqual([2, 3, 4]);
    expect(ids((await q().or('title.like."*,*",id.eq.2')).data)).toEqual([2]);
  });

  it('combines several filters with AND', async () => {
    const { data } = await db.from('rest_test_books').select('id').eq('published', true).gt('pages', 100);
    expect(ids(data)).toEqual([1]);
  });
});

describe('ordering and pagination', () => {
  it('orders by several columns with nulls placement', async () => {
    const q = db.from('rest_test_books').select('id,pages');
    const { data } = await q.order('pages', { ascending: false, nullsFirst: true }).order('id');
    expect(ids(data)).toEqual([4, 2, 1, 3]);
    const last = await db.from('rest_test_books').select('id').order('pages', { ascending: true, nullsFirst: false });
    expect(ids(last.data)).toEqual([3, 1, 2, 4]);
    const json = await db
      .from('rest_test_authors')
      .select('id')
      .order('meta->>country', { ascending: false })
      .order('id');
    expect(ids(json.data)).toEqual([3, 2, 1]);
  });

  it('limits and offsets with limit() and range()', async () => {
    expect(ids((await db.from('rest_test_books').select('id').order('id').limit(2)).data)).toEqual([1, 2]);
    expect(ids((await db.from('rest_test_books').select('id').order('id').range(1, 2)).data)).toEqual([2, 3]);
    expect(ids((await db.from('rest_test_books').select('id').order('id').range(10, 12)).data)).toEqual([]);
  });

  it('honours a Range header, and answers Content-Range', async () => {
    const rec = recordingClient(fx.stack);
    const { data, status } = await rec.client
      .from('rest_test_books')
      .select('id')
      .order('id')
      .setHeader('Range', '1-2');
    expect(ids(data)).toEqual([2, 3]);
    expect(status).toBe(200);
    expect(rec.header('content-range')).toBe('1-2/*');
  });
});

describe('counting', () => {
  it('answers count=exact in Content-Range with 200 when complete and 206 when partial', async () => {
    const rec = recordingClient(fx.stack);
    const all = await rec.client.from('rest_test_books').select('id', { count: 'exact' });
    expect(all.count).toBe(4);
    expect(all.status).toBe(200);
    expect(rec.header('content-range')).toBe('0-3/4');
    expect(rec.header('preference-applied')).toBe('count=exact');
    const page = await rec.client.from('rest_test_books').select('id', { count: 'exact' }).order('id').range(1, 2);
    expect(page.count).toBe(4);
    expect(page.status).toBe(206);
    expect(ids(page.data)).toEqual([2, 3]);
    expect(rec.header('content-range')).toBe('1-2/4');
  });

  it('counts with filters, head requests and empty results', async () => {
    const rec = recordingClient(fx.stack);
    const head = await rec.client
      .from('rest_test_books')
      .select('*', { count: 'exact', head: true })
      .eq('published', true);
    expect(head).toMatchObject({ count: 2, data: null, error: null, status: 200 });
    const none = await rec.client.from('rest_test_books').select('id', { count: 'exact' }).eq('id', 999);
    expect(none).toMatchObject({ count: 0, data: [], status: 200 });
    expect(rec.header('content-range')).toBe('*/0');
    await rec.client.from('rest_test_books').select('id').eq('id', 999);
    expect(rec.header('content-range')).toBe('*/*');
    const planned = await rec.client.from('rest_test_books').select('id', { count: 'planned' });
    expect(planned.count).toBe(4);
  });

  it('answers 416 PGRST103 for an offset past the end when counting', async () => {
    const r = await db.from('rest_test_books').select('id', { count: 'exact' }).range(10, 11);
    expect(r.status).toBe(416);
    expect(r.error).toMatchObject({
      code: 'PGRST103',
      message: 'Requested range not satisfiable',
      details: 'An offset of 10 was requested, but there are only 4 rows.',
    });
  });
});

describe('media types', () => {
  it('answers one object for application/vnd.pgrst.object+json', async () => {
    const rec = recordingClient(fx.stack);
    const one = await rec.client.from('rest_test_books').select('id,title').eq('id', 3).single();
    expect(one).toMatchObject({ data: { id: 3, title: 'Poems' }, error: null, status: 200 });
    expect(rec.header('content-type')).toBe('application/vnd.pgrst.object+json; charset=utf-8');
  });

  it('answers 406 PGRST116 when not exactly one row is found', async () => {
    const none = await db.from('rest_test_books').select('id').eq('id', 99).single();
    expect(none.status).toBe(406);
    expect(none.error).toMatchObject({
      code: 'PGRST116',
      message: 'Cannot coerce the result to a single JSON object',
      details: 'The result contains 0 rows',
    });
    const many = await db.from('rest_test_books').select('id').single();
    expect(many.error).toMatchObject({ code: 'PGRST116', details: 'The result contains 4 rows' });
    const maybe = await db.from('rest_test_books').select('id').eq('id', 99).maybeSingle();
    expect(maybe).toMatchObject({ data: null, error: null });
  });

  it('answers CSV', async () => {
    const { data, error } = await db.from('rest_test_books').select('id,title,price').order('id').limit(3).csv();
    expect(error).toBeNull();
    expect(data).toBe('id,title,price\n1,"Cats 101",10.50\n2,"Dogs 202",20.00\n3,Poems,');
    const empty = await db.from('rest_test_books').select('id,title').eq('id', 99).csv();
    expect(empty.data).toBe('id,title');
  });

  it('strips nulls on request', async () => {
    const { data } = await db.from('rest_test_books').select('id,editor_id').in('id', [1, 2]).order('id').stripNulls();
    expect(data).toEqual([{ id: 1, editor_id: 2 }, { id: 2 }]);
  });

  it('sends JSON with charset', async () => {
    const rec = recordingClient(fx.stack);
    await rec.client.from('rest_test_tags').select('id');
    expect(rec.header('content-type')).toBe('application/json; charset=utf-8');
    expect(rec.header('content-range')).toBe('0-1/*');
  });
});

describe('row level security on reads', () => {
  it('shows each user only their own rows, and anon nothing', async () => {
    await fx.stack.sql(
      `insert into rest_test_todos (user_id, title) values ($1, 'alice 1'), ($1, 'alice 2'), ($2, 'bob 1')`,
      [fx.aliceId, fx.bobId],
    );
    const alice = await fx.alice.from('rest_test_todos').select('title').order('id');
    expect(alice.data).toEqual([{ title: 'alice 1' }, { title: 'alice 2' }]);
    const bob = await fx.bob.from('rest_test_todos').select('title', { count: 'exact' });
    expect(bob).toMatchObject({ data: [{ title: 'bob 1' }], count: 1 });
    const anon = await fx.stack.anon().from('rest_test_todos').select('title');
    expect(anon).toMatchObject({ data: [], error: null });
    const all = await db.from('rest_test_todos').select('title', { count: 'exact', head: true });
    expect(all.count).toBe(3);
  });
});
