/**
 * The demo seed reads like the real year: its history (activity_log, reviews) names the people who acted at
 * the time they acted (the seed replays each step with request.jwt.claims and ita.backfill_at, see
 * private.event_time() in migration 20261125000000), and every seeded evidence file exists, downloads through
 * supabase-js as a persona who may read it, and matches the size, type and sha256 the seed recorded.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf, MAX_BYTES, rewriteSeed, SEED_FILE, SEED_FILES } from '../local/cli/gen-seed-files';
import { copySeedStorage, SEED_STORAGE_DIR } from '../local/storage/seed-files';
import { startTestStack, type TestStack } from '../local/testing/stack';
import { PERSONAS } from './helpers/personas';

const M = (n: number) => `70000000-0000-4000-8000-000000000${n}`;
const E = (n: number) => `80000000-0000-4000-8000-000000000${n}`;
const P = PERSONAS;
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
/** Timestamps as Bangkok wall-clock text, the way the demo story is written. */
const bkk = (iso: string) =>
  new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Bangkok' }).slice(0, 16).replace('T', ' ');

let stack: TestStack;
const clients = new Map<string, SupabaseClient>();
async function as(email: string) {
  let c = clients.get(email);
  if (!c) {
    c = await stack.signIn(email);
    clients.set(email, c);
  }
  return c;
}

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('seeded history', () => {
  it('attributes the procurement measure’s return and approval to head.finance on 25 and 31 March 2565', async () => {
    const { data, error } = await (
      await as(P.head_dindaeng_finance.email)
    )
      .from('reviews')
      .select('decision, note, reviewer_id, reviewed_at, evidence_snapshot')
      .eq('measure_id', M(104))
      .order('reviewed_at');
    expect(error).toBeNull();
    const rows = data as {
      decision: string;
      note: string;
      reviewer_id: string;
      reviewed_at: string;
      evidence_snapshot: { id: string }[];
    }[];
    expect(rows.map((r) => [r.decision, r.reviewer_id, bkk(r.reviewed_at)])).toEqual([
      ['returned', P.head_dindaeng_finance.id, '2022-03-25 15:30'],
      ['approved', P.head_dindaeng_finance.id, '2022-03-31 14:00'],
    ]);
    expect(rows[0]!.note).toMatch(/ขาดเดือนมีนาคม 2565/);
    // Each decision saw the files current at that moment: v1 of the spreadsheet, then its replacement.
    expect(rows.map((r) => r.evidence_snapshot.map((e) => e.id))).toEqual([
      [E(104), E(105)],
      [E(104), E(106)],
    ]);
  });

  it('tells the procurement measure’s history step by step, each as the person who did it', async () => {
    const { data, error } = await (
      await as(P.head_dindaeng_finance.email)
    )
      .from('activity_log')
      .select('action, actor_id, actor_role, occurred_at')
      .eq('measure_id', M(104))
      .order('id');
    expect(error).toBeNull();
    const staff = P.staff_dindaeng_finance.id;
    const head = P.head_dindaeng_finance.id;
    expect(
      (data as { action: string; actor_id: string; occurred_at: string }[]).map((r) => [
        r.action,
        r.actor_id,
        bkk(r.occurred_at),
      ]),
    ).toEqual([
      ['measure.create', P.admin_dindaeng.id, '2021-10-01 09:00'],
      ['measure.assign', head, '2021-10-05 09:20'],
      ['measure.assign', head, '2021-10-05 09:20'],
      ['measure.start', staff, '2021-10-11 09:30'],
      ['progress.report', staff, '2021-12-31 16:00'],
      ['measure.update', staff, '2021-12-31 16:00'],
      ['evidence.upload', staff, '2022-03-22 15:00'],
      ['evidence.upload', staff, '2022-03-22 15:05'],
      ['measure.submit', staff, '2022-03-23 10:00'],
      ['measure.return', head, '2022-03-25 15:30'],
      ['measure.start', staff, '2022-03-28 09:00'],
      ['evidence.upload', staff, '2022-03-31 09:30'],
      ['progress.report', staff, '2022-03-31 09:45'],
      ['measure.update', staff, '2022-03-31 09:45'],
      ['measure.submit', staff, '2022-03-31 10:00'],
      ['measure.approve', head, '2022-03-31 14:00'],
    ]);
    expect((data as { actor_role: string }[]).every((r) => ['admin', 'head', 'staff'].includes(r.actor_role))).toBe(
      true,
    );
  });

  it('keeps the measures’ own dates, and rows stamped by the triggers agree with the history', async () => {
    const [m] = await stack.sql<Record<string, string | null>>(
      `select status::text, status_changed_at::text, submitted_at::text, approved_at::text, approved_by::text, updated_at::text
       from public.measures where id = $1`,
      [M(104)],
    );
    expect(m).toMatchObject({ status: 'approved', approved_by: P.head_dindaeng_finance.id });
    expect(bkk(m!.approved_at!)).toBe('2022-03-31 14:00');
    expect(bkk(m!.submitted_at!)).toBe('2022-03-31 10:00');
    expect(bkk(m!.updated_at!)).toBe('2022-03-31 14:00');
    const comments = await stack.sql<{ author_id: string; created_at: string }>(
      `select author_id::text, created_at::text from public.comments where measure_id = $1`,
      [M(105)],
    );
    expect(comments.map((c) => [c.author_id, bkk(c.created_at)])).toEqual([
      [P.director_dindaeng.id, '2022-04-02 10:15'],
    ]);
  });

  it('has no event after fiscal year 2565, and only set-up steps without a person', async () => {
    const [span] = await stack.sql<{ first: string; last: string }>(
      `select min(occurred_at)::text as first, max(occurred_at)::text as last from public.activity_log`,
    );
    expect(bkk(span!.first)).toBe('2021-09-01 09:00');
    expect(new Date(span!.last) < new Date('2022-10-01T00:00:00+07:00')).toBe(true);
    const [reviews] = await stack.sql<{ last: string }>(`select max(reviewed_at)::text as last from public.reviews`);
    expect(new Date(reviews!.last) < new Date('2022-10-01T00:00:00+07:00')).toBe(true);
    const nobody = await stack.sql<{ action: string }>(
      `select distinct action from public.activity_log where actor_id is null order by 1`,
    );
    expect(nobody.map((r) => r.action)).toEqual(['department.create', 'user.create']);
  });

  it('writes no notifications: a backfill records the past and pages nobody today', async () => {
    expect(await stack.sql(`select 1 from public.notifications`)).toEqual([]);
  });

  it('leaves no actor or backfill time behind for the next statement', async () => {
    const [s] = await stack.sql<{ claims: string | null; at: string | null }>(
      `select nullif(current_setting('request.jwt.claims', true), '') as claims,
              nullif(current_setting('ita.backfill_at', true), '') as at`,
    );
    expect(s).toEqual({ claims: null, at: null });
  });
});

describe('the backfill clock (private.event_time)', () => {
  const clock = (role: string | null, at: string) =>
    stack.db.transaction(async (tx) => {
      await tx.query(`select set_config('ita.backfill_at', $1, true)`, [at]);
      if (role) await tx.query(`select set_config('role', $1, true)`, [role]);
      return (
        await tx.query<{ t: string; b: string | null }>(
          `select private.event_time()::text as t, private.backfill_time()::text as b`,
        )
      ).rows[0]!;
    });

  it('is the supplied time for the superuser and service_role', async () => {
    expect(bkk((await clock(null, '2022-01-05 10:00+07')).t)).toBe('2022-01-05 10:00');
    expect(bkk((await clock('service_role', '2022-01-05 10:00+07')).t)).toBe('2022-01-05 10:00');
  });

  it('ignores the setting for signed-in users (anon cannot even reach schema private)', async () => {
    const r = await clock('authenticated', '2022-01-05 10:00+07');
    expect(r.b).toBeNull();
    expect(Date.now() - new Date(r.t).getTime()).toBeLessThan(60_000);
  });

  it('refuses a malformed or future time instead of silently using now()', async () => {
    await expect(clock(null, 'เมื่อวาน')).rejects.toMatchObject({ code: '22007' });
    await expect(clock(null, '2999-01-01 00:00+07')).rejects.toMatchObject({ code: '22008' });
  });

  it('keeps activity_log and reviews append-only, for the superuser too', async () => {
    await expect(
      stack.sql(`update public.reviews set note = 'x' where measure_id = $1`, [M(104)]),
    ).rejects.toMatchObject({
      code: '42501',
    });
    await expect(stack.sql(`delete from public.activity_log where measure_id = $1`, [M(104)])).rejects.toMatchObject({
      code: '42501',
    });
  });
});

describe('seeded evidence files', () => {
  const uploaders = new Map(Object.values(P).map((p) => [p.id, p.email]));

  it('are committed under supabase/seed-storage/evidence, each under 100 KiB, one per storage object', async () => {
    const objects = await stack.sql<{ name: string }>(`select name from public.evidence e join storage.objects o
      on o.bucket_id = e.storage_bucket and o.name = e.storage_path order by name`);
    expect(objects).toHaveLength(14);
    expect(SEED_FILES.map((f) => f.key).sort()).toEqual(objects.map((o) => o.name));
    for (const f of SEED_FILES) {
      const bytes = await readFile(path.join(SEED_STORAGE_DIR, 'evidence', f.key));
      expect(bytes.length, f.key).toBeLessThanOrEqual(MAX_BYTES);
    }
    // seed.sql records exactly these bytes (`gen-seed-files.ts --check`).
    const facts = await Promise.all(
      SEED_FILES.map(async (f) =>
        factsOf(f.key, f.mime, new Uint8Array(await readFile(path.join(SEED_STORAGE_DIR, 'evidence', f.key)))),
      ),
    );
    const seed = await readFile(SEED_FILE, 'utf8');
    expect(rewriteSeed(seed, facts) === seed).toBe(true);
  });

  it('download through supabase-js as their uploader with the recorded type, size and sha256', async () => {
    const rows = await stack.sql<{
      storage_path: string;
      mime_type: string;
      size_bytes: string;
      sha256: string;
      provided_by_user_id: string;
      metadata: { size: number; mimetype: string; eTag: string };
    }>(
      `select e.storage_path, e.mime_type, e.size_bytes::text, e.sha256, e.provided_by_user_id::text, o.metadata
       from public.evidence e join storage.objects o on o.bucket_id = 'evidence' and o.name = e.storage_path
       order by e.storage_path`,
    );
    for (const row of rows) {
      const client = await as(uploaders.get(row.provided_by_user_id)!);
      const { data, error } = await client.storage.from('evidence').download(row.storage_path);
      expect(error, row.storage_path).toBeNull();
      const bytes = new Uint8Array(await data!.arrayBuffer());
      expect(sha256(bytes), row.storage_path).toBe(row.sha256);
      expect(bytes.length).toBe(Number(row.size_bytes));
      expect(data!.type).toBe(row.mime_type);
      expect(row.metadata).toMatchObject({ size: bytes.length, mimetype: row.mime_type });
      expect(row.metadata.eTag).toBe(`"${createHash('md5').update(bytes).digest('hex')}"`);
    }
  });

  it('stay private: another department’s staff and another organisation get nothing', async () => {
    const key = SEED_FILES.find((f) => f.key.includes(E(104)))!.key;
    for (const email of [P.staff_dindaeng_registry.email, P.staff_huaikhwang_finance.email]) {
      const { data, error } = await (await as(email)).storage.from('evidence').download(key);
      expect(data).toBeNull();
      expect(error).not.toBeNull();
    }
  });
});

describe('copying seed files into the local storage folder', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ita-seed-files-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('copies every bucket folder, skips what is not a bucket or key, and never overwrites', async () => {
    const seed = path.join(root, 'seed');
    const storage = path.join(root, 'storage');
    await mkdir(path.join(seed, 'evidence/org/dept'), { recursive: true });
    await mkdir(path.join(seed, 'avatars'), { recursive: true });
    await writeFile(path.join(seed, 'evidence/org/dept/a.pdf'), 'A');
    await writeFile(path.join(seed, 'avatars/me.png'), 'P');
    await writeFile(path.join(seed, 'avatars/รูป.png'), 'thai key: not valid');
    await writeFile(path.join(seed, 'README.txt'), 'not in a bucket');
    await mkdir(path.join(storage, 'evidence/org/dept'), { recursive: true });
    await writeFile(path.join(storage, 'evidence/org/dept/a.pdf'), 'kept');

    expect(await copySeedStorage(storage, seed)).toBe(1);
    expect(await readFile(path.join(storage, 'evidence/org/dept/a.pdf'), 'utf8')).toBe('kept');
    expect(await readFile(path.join(storage, 'avatars/me.png'), 'utf8')).toBe('P');
    expect(await readdir(storage)).toEqual(['avatars', 'evidence']);
    expect(await readdir(path.join(storage, 'avatars'))).toEqual(['me.png']);
    expect(await copySeedStorage(storage, path.join(root, 'missing'))).toBe(0);
  });

  it('happens for a freshly seeded stack only', async () => {
    const key = SEED_FILES[0]!.key;
    expect(existsSync(path.join(stack.storageDir, 'evidence', key))).toBe(true);
    const empty = await startTestStack({ seed: false });
    try {
      expect(existsSync(path.join(empty.storageDir, 'evidence'))).toBe(false);
    } finally {
      await empty.close();
    }
  });
});
