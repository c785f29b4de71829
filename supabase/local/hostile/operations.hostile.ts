/**
 * Operations: the request log (one JSON line per request with method, path, status, ms and user id,
 * and never a token, key or password), and `npm run backup` / `npm run restore` through their real
 * command lines: refused while the stack runs, then a round trip of the database and the evidence
 * files, byte for byte.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startStack } from '../server';
import { startTestStack, type TestStack } from '../testing/stack';
import { evidencePath, SCOPES } from '../../tests/helpers/fixtures';
import { call, JSON_HEADERS, mintToken, passwordGrant, PERSONAS, type Session } from './helpers';
import { recordFigures } from './figures';

const run = promisify(execFile);
const figures = { log_lines_checked: 0, log_secrets_found: 0, backup_roundtrip_files: 0 };

afterAll(() => recordFigures('operations', figures));

describe('request log', () => {
  let stack: TestStack;
  const lines: string[] = [];
  beforeAll(async () => {
    stack = await startTestStack({ log: (line) => lines.push(line) });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('one structured line per request, with the user id and without any secret', async () => {
    const secrets: string[] = [stack.keys.anonKey, stack.keys.serviceRoleKey, 'demo-password', 'wrong-password-xyz'];
    let requests = 0;
    const count = <T>(p: Promise<T>) => {
      requests++;
      return p;
    };
    const s = (await count(passwordGrant(stack, PERSONAS.staff_dindaeng_finance.email))).json as Session;
    secrets.push(s.access_token, s.refresh_token);
    await count(passwordGrant(stack, PERSONAS.head_dindaeng_finance.email, 'wrong-password-xyz'));
    const refreshed = (
      await count(
        call(stack, '/auth/v1/token?grant_type=refresh_token', {
          method: 'POST',
          headers: JSON_HEADERS,
          body: JSON.stringify({ refresh_token: s.refresh_token }),
        }),
      )
    ).json as Session;
    secrets.push(refreshed.access_token, refreshed.refresh_token);
    await count(call(stack, '/rest/v1/measures?select=id&limit=1', { token: refreshed.access_token }));
    await count(call(stack, `/rest/v1/measures?select=id&apikey=${stack.keys.anonKey}`, { apikey: null }));
    await count(call(stack, '/rest/v1/measures?title=eq.secret-in-query', { token: stack.keys.serviceRoleKey }));
    await count(
      call(stack, '/rest/v1/rpc/start_measure', {
        method: 'POST',
        token: 'forged.token.x',
        headers: JSON_HEADERS,
        body: '{}',
      }),
    );
    const minted = await mintToken(stack, { sub: PERSONAS.staff_dindaeng_finance.id, role: 'authenticated' });
    secrets.push(minted);
    const measure = (
      await stack.sql<{ id: string }>(
        `select id from public.measures where department_id = $1 and status not in ('approved', 'cancelled') limit 1`,
        [SCOPES.fin.dept],
      )
    )[0]!.id;
    await stack.sql(
      `insert into public.measure_assignees (measure_id, user_id) values ($1, $2) on conflict do nothing`,
      [measure, PERSONAS.staff_dindaeng_finance.id],
    );
    const key = evidencePath(SCOPES.fin, measure);
    await count(
      call(stack, `/storage/v1/object/evidence/${key}`, {
        method: 'POST',
        token: minted,
        headers: { 'content-type': 'application/pdf' },
        body: '%PDF-1.4 log',
      }),
    );
    const signed = (
      await count(
        call(stack, `/storage/v1/object/sign/evidence/${key}`, {
          method: 'POST',
          token: minted,
          headers: JSON_HEADERS,
          body: JSON.stringify({ expiresIn: 60 }),
        }),
      )
    ).json as { signedURL: string };
    const signedToken = new URL(`http://x${signed.signedURL}`).searchParams.get('token')!;
    secrets.push(signedToken);
    await count(call(stack, `/storage/v1${signed.signedURL}`));
    await count(
      call(stack, '/auth/v1/user', {
        token: minted,
        method: 'PUT',
        headers: JSON_HEADERS,
        body: JSON.stringify({ password: 'a-brand-new-password' }),
      }),
    );
    secrets.push('a-brand-new-password');

    expect(lines.length).toBe(requests);
    for (const line of lines) {
      figures.log_lines_checked++;
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(entry).sort()).toEqual(['method', 'ms', 'path', 'status', 't', 'user']);
      expect(typeof entry.ms).toBe('number');
      expect(String(entry.path)).not.toContain('?');
      for (const secret of secrets) {
        if (line.includes(secret)) figures.log_secrets_found++;
        expect(line.includes(secret), `secret in ${line}`).toBe(false);
      }
    }
    const rest = lines.map((l) => JSON.parse(l) as { path: string; user: string | null; status: number });
    expect(
      rest.find((e) => e.path === '/rest/v1/measures' && e.user === PERSONAS.staff_dindaeng_finance.id),
    ).toBeTruthy();
    expect(rest.some((e) => e.status === 401)).toBe(true);
  });
});

describe('npm run backup / npm run restore', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ita-hostile-backup-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const cli = (script: 'backup' | 'restore', file: string, data: string) =>
    run(process.execPath, ['--import', 'tsx', `supabase/local/cli/${script}.ts`, file, '--data', data], {
      cwd: REPO_ROOT,
    }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );

  it(
    'refuses while the stack runs; round-trips the database and the evidence files byte for byte',
    { timeout: 180_000 },
    async () => {
      const data = path.join(root, 'data');
      const secret = 'hostile-backup-secret-hostile-backup-secret-01';
      const stack = await startStack({ data, port: 0, log: null, jwtSecret: secret });
      const keys = stack.keys;
      const token = await (
        await import('../auth/jwt')
      ).signJwt(secret, { sub: PERSONAS.staff_dindaeng_finance.id, role: 'authenticated' }, 600);
      const measure = (
        await stack.db.query<{ id: string }>(
          `select id from public.measures where department_id = $1 and status not in ('approved', 'cancelled') limit 1`,
          [SCOPES.fin.dept],
        )
      ).rows[0]!.id;
      await stack.db.query(
        `insert into public.measure_assignees (measure_id, user_id) values ($1, $2) on conflict do nothing`,
        [measure, PERSONAS.staff_dindaeng_finance.id],
      );
      const files = Array.from({ length: 3 }, () => ({
        key: evidencePath(SCOPES.fin, measure),
        bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(200_000)]),
      }));
      for (const f of files) {
        const r = await fetch(`${stack.url}/storage/v1/object/evidence/${f.key}`, {
          method: 'POST',
          headers: { apikey: keys.anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/pdf' },
          body: f.bytes,
        });
        expect(r.status).toBe(200);
      }
      const comment = `backup-${Date.now()}`;
      await stack.db.query(`insert into public.comments (measure_id, author_id, body) values ($1, $2, $3)`, [
        measure,
        PERSONAS.staff_dindaeng_finance.id,
        comment,
      ]);
      const file = path.join(root, 'backup.tar.gz');

      const online = await cli('backup', file, data);
      expect(online.code).not.toBe(0);
      expect(online.out).toMatch(/running/);
      await stack.close();

      const made = await cli('backup', file, data);
      expect(made.code, made.out).toBe(0);
      expect(existsSync(file)).toBe(true);

      // Damage the data after the backup: delete the comment and a file.
      const later = await startStack({ data, port: 0, log: null, jwtSecret: secret });
      await later.db.query(`delete from public.comments where body = $1`, [comment]);
      await rm(path.join(later.storageDir, 'evidence', files[0]!.key));
      await later.close();

      const restored = await cli('restore', file, data);
      expect(restored.code, restored.out).toBe(0);
      const back = await startStack({ data, port: 0, log: null, jwtSecret: secret });
      try {
        expect((await back.db.query(`select 1 from public.comments where body = $1`, [comment])).rows.length).toBe(1);
        for (const f of files) {
          const r = await fetch(`${back.url}/storage/v1/object/authenticated/evidence/${f.key}`, {
            headers: { apikey: back.keys.anonKey, authorization: `Bearer ${token}` },
          });
          expect(r.status).toBe(200);
          const got = Buffer.from(await r.arrayBuffer());
          expect(createHash('sha256').update(got).digest('hex')).toBe(
            createHash('sha256').update(f.bytes).digest('hex'),
          );
          figures.backup_roundtrip_files++;
        }
        // The secret came back too: tokens issued before the backup still verify.
        expect(
          (await readFile(path.join(data, 'jwt-secret'), 'utf8').catch(() => secret)).trim().length,
        ).toBeGreaterThan(30);
      } finally {
        await back.close();
      }
    },
  );
});
