/**
 * Uploads: size limit, disallowed and disguised types, hostile keys (../, absolute, NUL and control
 * characters, very long, Thai), another department's path, 20 concurrent 10 MB uploads verified by
 * sha256 after download, an upload aborted half-way (no row, no partial file) and downloads without
 * permission. After every refusal: no row in storage.objects, no file under the storage folder.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/stack';
import { evidencePath, Fixtures, SCOPES } from '../../tests/helpers/fixtures';
import { call, countRows, JSON_HEADERS, pool, tokensFor, type Reply } from './helpers';
import { recordFigures } from './figures';

const MB = 1024 * 1024;
const BUCKET_LIMIT = 52_428_800;
const PDF_HEAD = Buffer.from('%PDF-1.7\n');

let stack: TestStack;
let fixtures: Fixtures;
let t: Record<
  'staff_dindaeng_finance' | 'staff_dindaeng_governance' | 'staff_huaikhwang_finance' | 'staff2_dindaeng_finance',
  string
>;
let finMeasure: string;
const figures = { upload_hash_mismatches: 0, uploads_verified: 0, uploads_refused: 0 };

beforeAll(async () => {
  stack = await startTestStack();
  fixtures = new Fixtures(stack);
  t = await tokensFor(stack, [
    'staff_dindaeng_finance',
    'staff_dindaeng_governance',
    'staff_huaikhwang_finance',
    'staff2_dindaeng_finance',
  ]);
  finMeasure = await fixtures.measure(SCOPES.fin, { status: 'in_progress' });
});
afterAll(async () => {
  recordFigures('uploads', figures);
  await stack?.close();
});

/** Every file under the storage folder (object files and temp files), relative. */
async function filesOnDisk(): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push(path.relative(stack.storageDir, p));
    }
  };
  if (existsSync(stack.storageDir)) await walk(stack.storageDir);
  return out.sort();
}

const upload = (token: string, key: string, body: Uint8Array | string, type = 'application/pdf', rawPath = false) =>
  call(stack, `/storage/v1/object/evidence/${rawPath ? key : key.split('/').map(encodeURIComponent).join('/')}`, {
    method: 'POST',
    token,
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : Buffer.from(body),
  });

/** Refused with Supabase's shape (HTTP 400 with the real status in statusCode), and nothing stored. */
async function expectRefused(r: Reply, statusCode: string | RegExp, filesBefore: string[]) {
  expect(r.status, r.text).toBe(400);
  const body = r.json as { statusCode: string };
  if (typeof statusCode === 'string') expect(body.statusCode, r.text).toBe(statusCode);
  else expect(body.statusCode, r.text).toMatch(statusCode);
  expect(await filesOnDisk()).toEqual(filesBefore);
  figures.uploads_refused++;
}

const pdf = (size: number) => Buffer.concat([PDF_HEAD, randomBytes(Math.max(0, size - PDF_HEAD.length))]);
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('refused uploads leave no row and no file', () => {
  it('over the size limit (50 MB bucket limit + 1 byte): 413', async () => {
    const before = await filesOnDisk();
    const rowsBefore = await countRows(stack, 'storage.objects', 'true');
    const key = evidencePath(SCOPES.fin, finMeasure);
    await expectRefused(await upload(t.staff_dindaeng_finance, key, pdf(BUCKET_LIMIT + 1)), '413', before);
    expect(await countRows(stack, 'storage.objects', 'true')).toBe(rowsBefore);
  });

  it('a type the bucket does not allow: 415', async () => {
    const before = await filesOnDisk();
    for (const type of [
      'text/html',
      'application/x-msdownload',
      'application/x-sh',
      'image/svg+xml',
      'application/pdf/x',
      'x',
    ]) {
      await expectRefused(
        await upload(t.staff_dindaeng_finance, evidencePath(SCOPES.fin, finMeasure), pdf(100), type),
        '415',
        before,
      );
    }
  });

  it('a program renamed to .pdf and sent as application/pdf: 415', async () => {
    const before = await filesOnDisk();
    const programs = [
      Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), randomBytes(5000)]),
      Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), randomBytes(5000)]),
      Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), randomBytes(100)]),
      Buffer.from('#!/bin/sh\nrm -rf /\n'),
    ];
    for (const program of programs) {
      const key = evidencePath(SCOPES.fin, finMeasure, 'pdf');
      await expectRefused(await upload(t.staff_dindaeng_finance, key, program, 'application/pdf'), '415', before);
      expect(await countRows(stack, 'storage.objects', 'name = $1', [key])).toBe(0);
      // Through a multipart form (as supabase-js sends a File) as well.
      const form = new FormData();
      form.append('cacheControl', '3600');
      form.append('', new Blob([program], { type: 'application/pdf' }), 'report.pdf');
      const r = await call(stack, `/storage/v1/object/evidence/${key}`, {
        method: 'POST',
        token: t.staff_dindaeng_finance,
        body: form as never,
      });
      await expectRefused(r, '415', before);
    }
  });

  it('../, absolute paths, encoded traversal, NUL and control characters: 400 InvalidKey', async () => {
    const before = await filesOnDisk();
    const prefix = `${SCOPES.fin.org}/${SCOPES.fin.dept}/${finMeasure}`;
    const keys = [
      `../../../../tmp/evil-${randomUUID()}.pdf`,
      `${prefix}/..%2F..%2F..%2F..%2Fevil.pdf`,
      `${prefix}/%2e%2e/%2e%2e/evil.pdf`,
      `..%5c..%5cevil.pdf`,
      `%2Fetc%2Fpasswd`,
      `/etc/passwd`,
      `${prefix}/a%00.pdf`,
      `${prefix}/a%0a.pdf`,
      `${prefix}/a%1b%5b31m.pdf`,
      `${prefix}/a%7f.pdf`,
      `${prefix}/${'%0d%0a'}Set-Cookie:x.pdf`,
      `${prefix}/./x.pdf`,
      `${prefix}//x.pdf`,
    ];
    for (const key of keys) {
      const r = await upload(t.staff_dindaeng_finance, key, pdf(100), 'application/pdf', true);
      // A traversal the URL parser already resolved lands outside the route or outside the policy.
      expect([400, 404], `${key}: ${r.text}`).toContain(r.status);
      expect(await filesOnDisk()).toEqual(before);
    }
    expect(existsSync(path.resolve(stack.storageDir, '..', 'evil.pdf'))).toBe(false);
  });

  it('very long and Thai object keys are refused as keys (400 InvalidKey, never 500); the Thai name lives in evidence', async () => {
    const before = await filesOnDisk();
    const prefix = `${SCOPES.fin.org}/${SCOPES.fin.dept}/${finMeasure}`;
    await expectRefused(
      await upload(t.staff_dindaeng_finance, `${prefix}/${'a'.repeat(2000)}.pdf`, pdf(100)),
      '400',
      before,
    );
    await expectRefused(
      await upload(t.staff_dindaeng_finance, `${prefix}/รายงานผลการดำเนินงาน.pdf`, pdf(100)),
      '400',
      before,
    );
    await expectRefused(
      await upload(t.staff_dindaeng_finance, `${prefix}/${'ก'.repeat(300)}.pdf`, pdf(100)),
      '400',
      before,
    );
    // The real flow: an ASCII key, the original (Thai, long) name in the evidence row.
    const key = evidencePath(SCOPES.fin, finMeasure);
    const bytes = pdf(1000);
    expect((await upload(t.staff_dindaeng_finance, key, bytes)).status).toBe(200);
    const name = `${'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรม '.repeat(6)}(ฉบับสมบูรณ์).pdf`;
    const ins = await call(stack, '/rest/v1/evidence', {
      method: 'POST',
      token: t.staff_dindaeng_finance,
      headers: { ...JSON_HEADERS, prefer: 'return=representation' },
      body: JSON.stringify({
        measure_id: finMeasure,
        storage_path: key,
        original_filename: name,
        mime_type: 'application/pdf',
        size_bytes: bytes.length,
        sha256: sha256(bytes),
      }),
    });
    expect(ins.status, ins.text).toBe(201);
    expect((ins.json as { original_filename: string }[])[0]!.original_filename).toBe(name);
  });

  it("another department's or organisation's path: 403, nothing stored", async () => {
    const before = await filesOnDisk();
    const gov = await fixtures.measure(SCOPES.gov, { status: 'in_progress' });
    const hk = await fixtures.measure(SCOPES.hk, { status: 'in_progress' });
    const attempts = [
      evidencePath(SCOPES.gov, gov), // another department's measure
      evidencePath(SCOPES.hk, hk), // another organisation's
      `${SCOPES.fin.org}/${SCOPES.fin.dept}/${gov}/${randomUUID()}.pdf`, // own department's prefix, foreign measure
      `${SCOPES.fin.org}/${SCOPES.gov.dept}/${finMeasure}/${randomUUID()}.pdf`, // own measure under a foreign department
    ];
    for (const key of attempts) {
      await expectRefused(await upload(t.staff_dindaeng_finance, key, pdf(100)), '403', before);
    }
    // A member of the right department who is not assigned to the measure.
    await expectRefused(
      await upload(t.staff2_dindaeng_finance, evidencePath(SCOPES.fin, finMeasure), pdf(100)),
      '403',
      before,
    );
  });
});

describe('uploads that succeed are exact', () => {
  it('20 concurrent uploads of 10 MB each: every download has the same sha256', { timeout: 120_000 }, async () => {
    const files = Array.from({ length: 20 }, () => ({
      key: evidencePath(SCOPES.fin, finMeasure),
      bytes: pdf(10 * MB),
    }));
    const ups = await pool(files, 20, (f) => upload(t.staff_dindaeng_finance, f.key, f.bytes));
    for (const u of ups) expect(u.status, u.text).toBe(200);
    await pool(files, 5, async (f) => {
      const res = await fetch(`${stack.url}/storage/v1/object/authenticated/evidence/${f.key}`, {
        headers: { apikey: stack.keys.anonKey, authorization: `Bearer ${t.staff_dindaeng_finance}` },
      });
      expect(res.status).toBe(200);
      const got = new Uint8Array(await res.arrayBuffer());
      figures.uploads_verified++;
      if (got.length !== f.bytes.length || sha256(got) !== sha256(f.bytes)) figures.upload_hash_mismatches++;
      const [row] = await stack.sql<{ size: number; etag: string }>(
        `select (metadata ->> 'size')::bigint as size, metadata ->> 'eTag' as etag from storage.objects where name = $1`,
        [f.key],
      );
      expect(Number(row!.size)).toBe(f.bytes.length);
      expect(row!.etag).toBe(`"${createHash('md5').update(f.bytes).digest('hex')}"`);
    });
    expect(figures.upload_hash_mismatches).toBe(0);
    expect((await readdir(path.join(stack.storageDir, '#tmp'))).length).toBe(0);
  });

  it('an upload aborted half-way leaves no row and no partial file', async () => {
    const before = await filesOnDisk();
    const key = evidencePath(SCOPES.fin, finMeasure);
    const total = 10 * MB;
    const url = new URL(`${stack.url}/storage/v1/object/evidence/${key}`);
    await new Promise<void>((resolve) => {
      const req = http.request({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          apikey: stack.keys.anonKey,
          authorization: `Bearer ${t.staff_dindaeng_finance}`,
          'content-type': 'application/pdf',
          'content-length': total,
        },
      });
      req.on('error', () => resolve());
      req.on('response', (res) => {
        res.resume();
        resolve();
      });
      req.write(pdf(total / 2), () => setTimeout(() => req.destroy(), 200));
    });
    // Give the server a moment to notice the broken connection and clean up.
    for (let i = 0; i < 50 && (await readdir(path.join(stack.storageDir, '#tmp'))).length > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await countRows(stack, 'storage.objects', 'name = $1', [key])).toBe(0);
    expect(await filesOnDisk()).toEqual(before);
    // The key is still free: the same upload, sent whole, works.
    expect((await upload(t.staff_dindaeng_finance, key, pdf(1000))).status).toBe(200);
  });
});

describe('downloads without permission', () => {
  it('another department, another organisation, anon and a forged token get nothing', async () => {
    const key = evidencePath(SCOPES.fin, finMeasure);
    const secret = Buffer.concat([PDF_HEAD, Buffer.from('ลับเฉพาะ finance only')]);
    expect((await upload(t.staff_dindaeng_finance, key, secret)).status).toBe(200);
    for (const token of [t.staff_dindaeng_governance, t.staff_huaikhwang_finance, null, 'forged.token.value']) {
      for (const route of ['authenticated', 'public', 'info/authenticated', 'info', '']) {
        const r = await call(stack, `/storage/v1/object/${route ? `${route}/` : ''}evidence/${key}`, { token });
        expect(r.status, `${route} ${r.text}`).toBeGreaterThanOrEqual(400);
        expect(r.status).toBeLessThan(500);
        expect(r.text).not.toContain('ลับเฉพาะ');
      }
      const sign = await call(stack, `/storage/v1/object/sign/evidence/${key}`, {
        method: 'POST',
        token,
        headers: JSON_HEADERS,
        body: JSON.stringify({ expiresIn: 60 }),
      });
      expect(sign.status).toBe(400);
      expect(sign.text).not.toContain('signedURL');
      const list = await call(stack, '/storage/v1/object/list/evidence', {
        method: 'POST',
        token,
        headers: JSON_HEADERS,
        body: JSON.stringify({ prefix: `${SCOPES.fin.org}/${SCOPES.fin.dept}/${finMeasure}/`, limit: 1000 }),
      });
      expect(list.text).not.toContain(key.split('/').pop()!);
    }
    // The owner's department still reads it.
    const ok = await call(stack, `/storage/v1/object/authenticated/evidence/${key}`, {
      token: t.staff_dindaeng_finance,
    });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('ลับเฉพาะ');
  });
});
