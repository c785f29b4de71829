import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signJwt } from '../auth/jwt';
import { rawRest, recordingClient, startRestFixture, type RestFixture } from './test-fixtures';

let fx: RestFixture;
let db: SupabaseClient;

const FUNCTIONS = `
create function rest_test_fail(kind text) returns void language plpgsql as $$
begin
  if kind = 'raise' then
    raise exception 'custom failure' using detail = 'some detail', hint = 'some hint';
  elsif kind = 'domain' then
    raise exception using errcode = 'P0001', message = 'Action is already closed', detail = 'action 7', hint = 'reopen it first';
  elsif kind = 'serialization' then
    raise exception 'stale version' using errcode = '40001', detail = 'expected version 1', hint = 'reload and retry';
  elsif kind = 'pt409' then
    raise exception 'version conflict' using errcode = 'PT409', detail = 'expected version 2', hint = 'refresh';
  elsif kind = 'pgrst' then
    raise sqlstate 'PGRST' using
      message = '{"code":"ITA01","message":"Payment required","details":"quota","hint":"upgrade"}',
      detail = '{"status":402,"headers":{"X-Ita":"yes"}}';
  elsif kind = 'bad_pgrst' then
    raise sqlstate 'PGRST' using message = 'not json';
  end if;
end $$;
`;

beforeAll(async () => {
  fx = await startRestFixture(FUNCTIONS);
  db = fx.stack.service();
});
afterAll(async () => {
  await fx?.stack.close();
});

describe('authentication', () => {
  it('answers 401 PGRST302 without an API key', async () => {
    const res = await fetch(`${fx.stack.url}/rest/v1/rest_test_tags`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      code: 'PGRST302',
      details: null,
      hint: 'No `apikey` request header or url param was found.',
      message: 'No API key found in request',
    });
  });

  it('answers 401 PGRST301 for a forged token and PGRST303 for an expired one', async () => {
    const forged = await fx.stack.withToken('not.a.jwt').from('rest_test_tags').select('id');
    expect(forged.status).toBe(401);
    expect(forged.error?.code).toBe('PGRST301');
    const wrongKey = await signJwt('another-secret-another-secret-another-secret', { role: 'service_role' }, 60);
    expect((await fx.stack.withToken(wrongKey).from('rest_test_tags').select('id')).error?.code).toBe('PGRST301');
    const expired = await signJwt(fx.stack.keys.secret, { role: 'authenticated', sub: fx.aliceId }, -60);
    const r = await fx.stack.withToken(expired).from('rest_test_tags').select('id');
    expect(r.status).toBe(401);
    expect(r.error).toMatchObject({ code: 'PGRST303', message: 'JWT expired' });
  });

  it('refuses tokens of deleted users', async () => {
    const admin = fx.stack.service();
    const { data } = await admin.auth.admin.createUser({
      email: 'gone@rest.test',
      password: 'gone-password',
      email_confirm: true,
    });
    const client = await fx.stack.signIn('gone@rest.test', 'gone-password');
    expect((await client.from('rest_test_tags').select('id')).status).toBe(200);
    await admin.auth.admin.deleteUser(data.user!.id);
    const r = await client.from('rest_test_tags').select('id');
    expect(r.status).toBe(401);
    expect(r.error?.code).toBe('PGRST303');
  });
});

describe('malformed requests answer 4xx with a PGRST code, never 500', () => {
  it('rejects bad select, filter, order and logic syntax with 400 PGRST100', async () => {
    const cases = [
      db.from('rest_test_books').select('id,('),
      db.from('rest_test_books').select('id::text;drop table x'),
      db.from('rest_test_books').select('id').filter('id', 'foo', 1),
      db.from('rest_test_books').select('id').or('id.eq.1,and(id.eq.2'),
      db.from('rest_test_books').select('id').or('id.eq.1,xor(id.eq.2)'),
      db.from('rest_test_books').select('id').order('id.sideways'),
      db.from('rest_test_books').select('id').filter('id', 'in', '1,2'),
      db.from('rest_test_books').select('id').filter('published', 'is', 'maybe'),
    ];
    for (const r of await Promise.all(cases)) {
      expect(r.status).toBe(400);
      expect(r.error?.code).toBe('PGRST100');
    }
    const r = await db.from('rest_test_books').select('id').filter('id', 'foo', 1);
    expect(r.error).toEqual({
      code: 'PGRST100',
      details: 'unexpected "f" expecting "not" or operator (eq, gt, ...)',
      hint: null,
      message: '"failed to parse filter (foo.1)" (line 1, column 1)',
    });
  });

  it('answers 400 42703 for unknown columns in select, filters and order', async () => {
    const sel = await db.from('rest_test_books').select('id, nope');
    expect(sel.status).toBe(400);
    expect(sel.error).toMatchObject({ code: '42703', message: 'column rest_test_books.nope does not exist' });
    expect((await db.from('rest_test_books').select('id').eq('nope', 1)).error?.code).toBe('42703');
    expect((await db.from('rest_test_books').select('id').order('nope')).error?.code).toBe('42703');
  });

  it('answers 404 PGRST205 for unknown tables, with a suggestion', async () => {
    const r = await db.from('rest_test_book').select('*');
    expect(r.status).toBe(404);
    expect(r.error).toEqual({
      code: 'PGRST205',
      details: null,
      hint: "Perhaps you meant the table 'public.rest_test_books'",
      message: "Could not find the table 'public.rest_test_book' in the schema cache",
    });
  });

  it('answers 416 PGRST103 for a negative limit', async () => {
    const r = await db.from('rest_test_books').select('id').limit(-1);
    expect(r.status).toBe(416);
    expect(r.error).toMatchObject({ code: 'PGRST103', details: 'Limit should be greater than or equal to zero.' });
  });

  it('answers 406 PGRST106 for a schema that is not exposed', async () => {
    const r = await db.schema('auth').from('users').select('*');
    expect(r.status).toBe(406);
    expect(r.error).toEqual({
      code: 'PGRST106',
      details: null,
      hint: 'Only the following schemas are exposed: public',
      message: 'Invalid schema: auth',
    });
    const write = await db.schema('storage').from('objects').insert({ name: 'x' });
    expect(write.error?.code).toBe('PGRST106');
  });

  it('answers 406 PGRST107 for an unsupported Accept', async () => {
    const r = await db.from('rest_test_books').select('id').setHeader('Accept', 'application/xml');
    expect(r.status).toBe(406);
    expect(r.error).toMatchObject({
      code: 'PGRST107',
      message: 'None of these media types are available: application/xml',
    });
  });

  it('answers 400 PGRST102 for invalid JSON and 415 PGRST107 for other content types', async () => {
    const bad = await rawRest(fx.stack, '/rest_test_tags', {
      method: 'POST',
      body: '{"id": 1,',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'PGRST102', message: 'Empty or invalid json' });
    const empty = await rawRest(fx.stack, '/rest_test_tags', {
      method: 'POST',
      body: '',
      headers: { 'content-type': 'application/json' },
    });
    expect(empty.status).toBe(400);
    const scalar = await rawRest(fx.stack, '/rest_test_tags', {
      method: 'POST',
      body: '42',
      headers: { 'content-type': 'application/json' },
    });
    expect(scalar.status).toBe(400);
    const xml = await rawRest(fx.stack, '/rest_test_tags', {
      method: 'POST',
      body: '<tag/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(xml.status).toBe(415);
    expect(await xml.json()).toMatchObject({ code: 'PGRST107' });
    const mixed = await rawRest(fx.stack, '/rest_test_tags', {
      method: 'POST',
      body: '[{"id": 20, "name": "a"}, {"id": 21}]',
      headers: { 'content-type': 'application/json' },
    });
    expect(mixed.status).toBe(400);
    expect(await mixed.json()).toMatchObject({ code: 'PGRST102', message: 'All object keys must match' });
  });

  it('accepts form-encoded bodies', async () => {
    const res = await rawRest(fx.stack, '/rest_test_tags?select=id,name', {
      method: 'POST',
      body: 'id=30&name=form+tag',
      headers: { 'content-type': 'application/x-www-form-urlencoded', prefer: 'return=representation' },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual([{ id: 30, name: 'form tag' }]);
  });

  it('answers 405 for methods PostgREST does not serve', async () => {
    const put = await rawRest(fx.stack, '/rest_test_tags', {
      method: 'PUT',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(put.status).toBe(405);
    expect(await put.json()).toMatchObject({ code: 'PGRST117' });
    const rpc = await rawRest(fx.stack, '/rpc/rest_test_fail', { method: 'DELETE' });
    expect(rpc.status).toBe(405);
    expect(await rpc.json()).toMatchObject({ code: 'PGRST101', message: 'Cannot use the DELETE method on RPC' });
  });

  it('survives hostile query strings without a 500', async () => {
    const selects = [
      '*,*',
      '"',
      '")',
      'a:b:c',
      '!inner',
      '...',
      'x->',
      'id::',
      '((((',
      'rest_test_reviews(*',
      'id,,id',
      'count()',
      '\u0000',
      '"x""y"',
    ];
    const filters: [string, string][] = [
      ['id', 'eq'],
      ['id', 'in.(1'],
      ['id', 'in.()'],
      ['id', 'not.'],
      ['id', 'is.'],
      ['"', 'eq.1'],
      ['id->', 'eq.1'],
      ['rest_test_reviews.x.y', 'eq.1'],
      ['or', '('],
      ['and', '(id.eq.1,,)'],
      ['order', 'id.asc.nullsmiddle'],
      ['limit', 'x'],
      ['id', "fts('x).y"],
    ];
    const statuses: number[] = [];
    for (const s of selects) statuses.push((await db.from('rest_test_books').select(s)).status);
    for (const [k, v] of filters) {
      const res = await rawRest(fx.stack, `/rest_test_books?${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  });
});

describe('errors raised by the database', () => {
  it('passes a raised exception through with message, details and hint (P0001 → 400)', async () => {
    const r = await db.rpc('rest_test_fail', { kind: 'raise' });
    expect(r.status).toBe(400);
    expect(r.error).toEqual({ code: 'P0001', details: 'some detail', hint: 'some hint', message: 'custom failure' });
    const domain = await db.rpc('rest_test_fail', { kind: 'domain' });
    expect(domain.error).toEqual({
      code: 'P0001',
      details: 'action 7',
      hint: 'reopen it first',
      message: 'Action is already closed',
    });
  });

  it('maps 40001 to 500 as PostgREST does, keeping the error intact', async () => {
    const r = await db.rpc('rest_test_fail', { kind: 'serialization' });
    expect(r.status).toBe(500);
    expect(r.error).toEqual({
      code: '40001',
      details: 'expected version 1',
      hint: 'reload and retry',
      message: 'stale version',
    });
  });

  it('uses the status of a PTxyz SQLSTATE', async () => {
    const r = await db.rpc('rest_test_fail', { kind: 'pt409' });
    expect(r.status).toBe(409);
    expect(r.error).toEqual({
      code: 'PT409',
      details: 'expected version 2',
      hint: 'refresh',
      message: 'version conflict',
    });
  });

  it("lets RAISE SQLSTATE 'PGRST' choose the whole error response", async () => {
    const rec = recordingClient(fx.stack);
    const r = await rec.client.rpc('rest_test_fail', { kind: 'pgrst' });
    expect(r.status).toBe(402);
    expect(r.error).toEqual({ code: 'ITA01', details: 'quota', hint: 'upgrade', message: 'Payment required' });
    expect(rec.header('x-ita')).toBe('yes');
    const bad = await db.rpc('rest_test_fail', { kind: 'bad_pgrst' });
    expect(bad.status).toBe(500);
    expect(bad.error).toMatchObject({ code: 'PGRST121', details: "Invalid JSON value for MESSAGE: 'not json'" });
  });

  it('answers 22P02/22007/22008/22003 input errors with 400', async () => {
    const invalid = await Promise.all([
      db.from('rest_test_books').select('id').eq('id', 'abc'),
      db.from('rest_test_books').select('id').eq('created_at', 'yesterday-ish'),
      db.from('rest_test_authors').select('id').eq('born', '2024-02-30'),
      db.from('rest_test_books').select('id').eq('pages', '99999999999'),
    ]);
    expect(invalid.map((r) => [r.status, r.error?.code])).toEqual([
      [400, '22P02'],
      [400, '22007'],
      [400, '22008'],
      [400, '22003'],
    ]);
  });
});

describe('schema cache', () => {
  it('reloads by itself when a request names a relation or function created after the last load', async () => {
    await new Promise((r) => setTimeout(r, 300));
    await fx.stack.db.exec(`
      create table rest_test_late (id int primary key, label text);
      insert into rest_test_late values (1, 'late');
      create function rest_test_late_fn() returns int language sql as $$ select 42 $$;
    `);
    expect((await db.from('rest_test_late').select('label')).data).toEqual([{ label: 'late' }]);
    await fx.stack.db.exec(`alter table rest_test_late add column extra text default 'x'`);
    await new Promise((r) => setTimeout(r, 300));
    expect((await db.from('rest_test_late').select('extra')).data).toEqual([{ extra: 'x' }]);
    await new Promise((r) => setTimeout(r, 300));
    expect((await db.rpc('rest_test_late_fn')).data).toBe(42);
  });

  it('reloads on demand through deps.reloadSchema', async () => {
    await fx.stack.db.exec(`create table rest_test_later (id int primary key)`);
    await fx.stack.deps.reloadSchema!();
    expect((await db.from('rest_test_later').select('id')).status).toBe(200);
  });
});
