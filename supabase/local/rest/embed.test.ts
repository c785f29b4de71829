import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRestFixture, type RestFixture } from './test-fixtures';

let fx: RestFixture;
let db: SupabaseClient;

beforeAll(async () => {
  fx = await startRestFixture();
  db = fx.stack.service();
});
afterAll(async () => {
  await fx?.stack.close();
});

describe('to-many and to-one embedding', () => {
  it('embeds children as arrays (empty when none) through a foreign key', async () => {
    const { data, error } = await db
      .from('rest_test_books')
      .select('id, rest_test_reviews(stars, body)')
      .order('id')
      .order('stars', { referencedTable: 'rest_test_reviews', ascending: false });
    expect(error).toBeNull();
    expect(data).toEqual([
      {
        id: 1,
        rest_test_reviews: [
          { stars: 5, body: 'great' },
          { stars: 3, body: 'ok' },
        ],
      },
      { id: 2, rest_test_reviews: [] },
      { id: 3, rest_test_reviews: [{ stars: 4, body: 'nice' }] },
      { id: 4, rest_test_reviews: [] },
    ]);
  });

  it('embeds a parent as an object, or null when the foreign key is null', async () => {
    const { data } = await db
      .from('rest_test_books')
      .select('id, author:rest_test_authors!author_id(name), editor:rest_test_authors!editor_id(name)')
      .order('id');
    expect(data).toEqual([
      { id: 1, author: { name: 'Ann Author' }, editor: { name: 'Bob Writer' } },
      { id: 2, author: { name: 'Ann Author' }, editor: null },
      { id: 3, author: { name: 'Bob Writer' }, editor: { name: 'Ann Author' } },
      { id: 4, author: { name: 'Bob Writer' }, editor: null },
    ]);
  });

  it('disambiguates by constraint name and embeds the reverse direction', async () => {
    const { data } = await db
      .from('rest_test_authors')
      .select(
        'name, written:rest_test_books!rest_test_books_author_id_fkey(title), edited:rest_test_books!editor_id(title)',
      )
      .eq('id', 1)
      .order('id', { referencedTable: 'written' });
    expect(data).toEqual([
      { name: 'Ann Author', written: [{ title: 'Cats 101' }, { title: 'Dogs 202' }], edited: [{ title: 'Poems' }] },
    ]);
  });

  it('embeds through a foreign key column name', async () => {
    const { data } = await db.from('rest_test_books').select('id, author_id(name)').eq('id', 3);
    expect(data).toEqual([{ id: 3, author_id: { name: 'Bob Writer' } }]);
  });

  it('answers 300 PGRST201 when the relationship is ambiguous', async () => {
    const { error, status } = await db.from('rest_test_books').select('id, rest_test_authors(name)');
    expect(status).toBe(300);
    expect(error?.code).toBe('PGRST201');
    expect(error?.message).toBe(
      "Could not embed because more than one relationship was found for 'rest_test_books' and 'rest_test_authors'",
    );
    expect(error?.hint).toBe(
      "Try changing 'rest_test_authors' to one of the following: 'rest_test_authors!rest_test_books_author_id_fkey', 'rest_test_authors!rest_test_books_editor_id_fkey'. Find the desired relationship in the 'details' key.",
    );
    expect(JSON.parse(error!.details)).toEqual([
      {
        cardinality: 'many-to-one',
        embedding: 'rest_test_books with rest_test_authors',
        relationship: 'rest_test_books_author_id_fkey using rest_test_books(author_id) and rest_test_authors(id)',
      },
      {
        cardinality: 'many-to-one',
        embedding: 'rest_test_books with rest_test_authors',
        relationship: 'rest_test_books_editor_id_fkey using rest_test_books(editor_id) and rest_test_authors(id)',
      },
    ]);
  });

  it('answers 400 PGRST200 when there is no relationship', async () => {
    const { error, status } = await db.from('rest_test_tags').select('id, rest_test_regions(name)');
    expect(status).toBe(400);
    expect(error).toMatchObject({
      code: 'PGRST200',
      message: "Could not find a relationship between 'rest_test_tags' and 'rest_test_regions' in the schema cache",
      details:
        "Searched for a foreign key relationship between 'rest_test_tags' and 'rest_test_regions' in the schema 'public', but no matches were found.",
    });
    const badHint = await db.from('rest_test_books').select('id, rest_test_authors!nope(name)');
    expect(badHint.error?.code).toBe('PGRST200');
  });

  it('nests embeds several levels deep', async () => {
    const { data } = await db
      .from('rest_test_authors')
      .select('name, books:rest_test_books!author_id(title, rest_test_reviews(stars))')
      .eq('id', 1)
      .order('id', { referencedTable: 'books' })
      .order('stars', { referencedTable: 'books.rest_test_reviews' });
    expect(data).toEqual([
      {
        name: 'Ann Author',
        books: [
          { title: 'Cats 101', rest_test_reviews: [{ stars: 3 }, { stars: 5 }] },
          { title: 'Dogs 202', rest_test_reviews: [] },
        ],
      },
    ]);
  });

  it('embeds one-to-one relationships as objects from both sides', async () => {
    const { data } = await db.from('rest_test_authors').select('id, rest_test_profiles(website)').order('id');
    expect(data).toEqual([
      { id: 1, rest_test_profiles: { website: 'https://ann.example.test' } },
      { id: 2, rest_test_profiles: null },
      { id: 3, rest_test_profiles: null },
    ]);
    const back = await db.from('rest_test_profiles').select('website, rest_test_authors(name)');
    expect(back.data).toEqual([{ website: 'https://ann.example.test', rest_test_authors: { name: 'Ann Author' } }]);
  });

  it('embeds many-to-many through a junction table', async () => {
    const { data } = await db
      .from('rest_test_books')
      .select('title, rest_test_tags(name)')
      .in('id', [1, 2])
      .order('id')
      .order('name', { referencedTable: 'rest_test_tags' });
    expect(data).toEqual([
      { title: 'Cats 101', rest_test_tags: [{ name: 'classic' }, { name: 'new' }] },
      { title: 'Dogs 202', rest_test_tags: [] },
    ]);
  });

  it('embeds through a multi-column foreign key', async () => {
    const { data } = await db.from('rest_test_offices').select('id, rest_test_regions(name)').order('id');
    expect(data).toEqual([
      { id: 1, rest_test_regions: { name: 'Bangkok' } },
      { id: 2, rest_test_regions: { name: 'Chiang Mai' } },
      { id: 3, rest_test_regions: null },
    ]);
    const back = await db.from('rest_test_regions').select('code, rest_test_offices(id)').order('code');
    expect(back.data).toEqual([
      { code: 'BKK', rest_test_offices: [{ id: 1 }] },
      { code: 'CNX', rest_test_offices: [{ id: 2 }] },
    ]);
  });

  it('spreads a to-one embed into its parent', async () => {
    const { data } = await db
      .from('rest_test_books')
      .select('title, ...rest_test_authors!author_id(author_name:name)')
      .eq('id', 3);
    expect(data).toEqual([{ title: 'Poems', author_name: 'Bob Writer' }]);
  });

  it('counts embedded rows', async () => {
    const { data } = await db.from('rest_test_books').select('id, rest_test_reviews(count)').order('id').limit(2);
    expect(data).toEqual([
      { id: 1, rest_test_reviews: [{ count: 2 }] },
      { id: 2, rest_test_reviews: [{ count: 0 }] },
    ]);
  });
});

describe('embedding through views', () => {
  it('gives views the relationships of the table columns they expose', async () => {
    await fx.stack.db.exec(`
      create view rest_test_published as select b.id, b.title as headline, b.author_id as writer from rest_test_books b where b.published;
      create view rest_test_people as select id as person_id, upper(name) as shout from rest_test_authors;
    `);
    await fx.stack.deps.reloadSchema!();
    const toOne = await db
      .from('rest_test_published')
      .select('headline, rest_test_authors(name), rest_test_reviews(stars)')
      .order('id')
      .order('stars', { referencedTable: 'rest_test_reviews' });
    expect(toOne.error).toBeNull();
    expect(toOne.data).toEqual([
      {
        headline: 'Cats 101',
        rest_test_authors: { name: 'Ann Author' },
        rest_test_reviews: [{ stars: 3 }, { stars: 5 }],
      },
      { headline: 'Poems', rest_test_authors: { name: 'Bob Writer' }, rest_test_reviews: [{ stars: 4 }] },
    ]);
    const toMany = await db
      .from('rest_test_authors')
      .select('name, rest_test_published(headline)')
      .order('id')
      .limit(2);
    expect(toMany.data).toEqual([
      { name: 'Ann Author', rest_test_published: [{ headline: 'Cats 101' }] },
      { name: 'Bob Writer', rest_test_published: [{ headline: 'Poems' }] },
    ]);
    const viewToView = await db.from('rest_test_published').select('headline, rest_test_people(shout)').eq('id', 3);
    expect(viewToView.data).toEqual([{ headline: 'Poems', rest_test_people: { shout: 'BOB WRITER' } }]);
  });
});

describe('filters, order and limits on embedded resources', () => {
  it('filters embedded rows without filtering parents', async () => {
    const { data } = await db
      .from('rest_test_books')
      .select('id, rest_test_reviews(stars)')
      .gte('rest_test_reviews.stars', 4)
      .order('id');
    expect(data).toEqual([
      { id: 1, rest_test_reviews: [{ stars: 5 }] },
      { id: 2, rest_test_reviews: [] },
      { id: 3, rest_test_reviews: [{ stars: 4 }] },
      { id: 4, rest_test_reviews: [] },
    ]);
  });

  it('filters parents with !inner', async () => {
    const { data, count } = await db
      .from('rest_test_books')
      .select('id, rest_test_reviews!inner(stars)', { count: 'exact' })
      .gte('rest_test_reviews.stars', 4)
      .order('id');
    expect(data).toEqual([
      { id: 1, rest_test_reviews: [{ stars: 5 }] },
      { id: 3, rest_test_reviews: [{ stars: 4 }] },
    ]);
    expect(count).toBe(2);
    const toOne = await db
      .from('rest_test_books')
      .select('id, author:rest_test_authors!author_id!inner(name)')
      .eq('author.name', 'Bob Writer')
      .order('id');
    expect(toOne.data).toEqual([
      { id: 3, author: { name: 'Bob Writer' } },
      { id: 4, author: { name: 'Bob Writer' } },
    ]);
  });

  it('keeps parents with !left even when embedded filters match nothing', async () => {
    const { data } = await db
      .from('rest_test_books')
      .select('id, rest_test_reviews!left(stars)')
      .eq('rest_test_reviews.stars', 1)
      .in('id', [1, 2])
      .order('id');
    expect(data).toEqual([
      { id: 1, rest_test_reviews: [] },
      { id: 2, rest_test_reviews: [] },
    ]);
  });

  it('filters parents by the presence of an embedded resource (is null / not is null)', async () => {
    const without = await db
      .from('rest_test_books')
      .select('id, rest_test_reviews()')
      .is('rest_test_reviews', null)
      .order('id');
    expect(without.error).toBeNull();
    expect(without.data).toEqual([{ id: 2 }, { id: 4 }]);
    const withReviews = await db
      .from('rest_test_books')
      .select('id, editor:rest_test_authors!editor_id(id)')
      .not('editor', 'is', null)
      .order('id');
    expect(withReviews.data).toEqual([
      { id: 1, editor: { id: 2 } },
      { id: 3, editor: { id: 1 } },
    ]);
  });

  it('supports or= inside an embedded resource and limit/offset per embed', async () => {
    const { data } = await db
      .from('rest_test_books')
      .select('id, rest_test_reviews(stars)')
      .or('stars.eq.3,stars.eq.4', { referencedTable: 'rest_test_reviews' })
      .order('id')
      .limit(2);
    expect(data).toEqual([
      { id: 1, rest_test_reviews: [{ stars: 3 }] },
      { id: 2, rest_test_reviews: [] },
    ]);
    const limited = await db
      .from('rest_test_authors')
      .select('id, books:rest_test_books!author_id(id)')
      .eq('id', 2)
      .order('id', { referencedTable: 'books', ascending: false })
      .range(1, 1, { referencedTable: 'books' });
    expect(limited.data).toEqual([{ id: 2, books: [{ id: 3 }] }]);
  });

  it('orders parents by a to-one embedded column', async () => {
    const { data } = await db
      .from('rest_test_books')
      .select('id, author:rest_test_authors!author_id(name)')
      .order('author(name)', { ascending: false })
      .order('id');
    expect(data?.map((r) => r.id)).toEqual([3, 4, 1, 2]);
    const toMany = await db
      .from('rest_test_authors')
      .select('id, rest_test_profiles(website), books:rest_test_books!author_id(id)')
      .order('books(id)');
    expect(toMany.error).toMatchObject({ code: 'PGRST118' });
  });

  it('answers 400 PGRST108 for filters on a resource that is not embedded', async () => {
    const { error, status } = await db.from('rest_test_books').select('id').eq('rest_test_reviews.stars', 5);
    expect(status).toBe(400);
    expect(error).toMatchObject({
      code: 'PGRST108',
      message: "'rest_test_reviews' is not an embedded resource in this request",
      hint: "Verify that 'rest_test_reviews' is included in the 'select' query parameter.",
    });
  });
});

describe('row level security inside embeds', () => {
  it('applies the policies of the embedded table', async () => {
    await fx.stack.db.exec(`
      create table rest_test_lists (id int primary key, name text not null);
      alter table rest_test_todos add column list_id int references rest_test_lists (id);
      insert into rest_test_lists values (1, 'shared');
    `);
    await fx.stack.deps.reloadSchema!();
    await fx.stack.sql(`insert into rest_test_todos (user_id, title, list_id) values ($1, 'a', 1), ($2, 'b', 1)`, [
      fx.aliceId,
      fx.bobId,
    ]);
    const alice = await fx.alice.from('rest_test_lists').select('name, rest_test_todos(title)');
    expect(alice.data).toEqual([{ name: 'shared', rest_test_todos: [{ title: 'a' }] }]);
    const anon = await fx.stack.anon().from('rest_test_lists').select('name, rest_test_todos(title)');
    expect(anon.data).toEqual([{ name: 'shared', rest_test_todos: [] }]);
  });
});
