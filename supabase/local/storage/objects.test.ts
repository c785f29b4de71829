import type { SupabaseClient } from '@supabase/supabase-js';
import { SignJWT } from 'jose';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretBytes } from '../auth/jwt';
import { startTestStack, type TestStack } from '../testing/stack';

let stack: TestStack;
let n = 0;
const PASSWORD = 'storage-test-pw';

interface User {
  id: string;
  client: SupabaseClient;
  token: string;
}
let alice: User;
let bob: User;

async function newUser(): Promise<User> {
  const email = `storage-${++n}-${Date.now()}@example.test`;
  const { data, error } = await stack
    .service()
    .auth.admin.createUser({ email, password: PASSWORD, email_confirm: true });
  if (error) throw error;
  const client = await stack.signIn(email, PASSWORD);
  const token = (await client.auth.getSession()).data.session!.access_token;
  return { id: data.user.id, client, token };
}

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n${text}\n%%EOF\n`);
const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');
const docs = (u: User) => u.client.storage.from('docs');

/** A raw request to /storage/v1 (for exact statuses and bodies). */
async function call(
  method: string,
  route: string,
  opts: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token !== null) headers.authorization = `Bearer ${opts.token ?? stack.keys.anonKey}`;
  let body: BodyInit | undefined;
  if (opts.body instanceof Uint8Array) body = opts.body as unknown as BodyInit;
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${stack.url}/storage/v1${route}`, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, headers: res.headers, json };
}

/** A request whose path is sent byte for byte (fetch would normalise `..`). */
function rawRequest(method: string, rawPath: string, token: string, body = Buffer.from('x')) {
  const u = new URL(stack.url);
  return new Promise<{ status: number; json: unknown }>((resolve, reject) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        method,
        path: rawPath,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf', 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (ch: Buffer) => chunks.push(ch));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function rowsNamed(bucket: string, name: string) {
  return stack.sql<{ name: string; owner: string | null; metadata: Record<string, unknown> }>(
    'select name, owner, metadata from storage.objects where bucket_id = $1 and name = $2',
    [bucket, name],
  );
}

async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const diskPath = (bucket: string, key: string) => path.join(stack.storageDir, bucket, ...key.split('/'));
const tempDir = () => path.join(stack.storageDir, '#tmp');

async function until(check: () => Promise<boolean>, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

beforeAll(async () => {
  stack = await startTestStack({ seed: false });
  await stack.db.exec(`
    insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types) values
      ('docs', 'docs', false, 1048576, array['application/pdf', 'image/*']),
      ('pub', 'pub', true, null, null);
    create policy "docs: read own folder" on storage.objects for select to authenticated
      using (bucket_id = 'docs' and (storage.foldername(name))[1] = (select auth.uid())::text);
    create policy "docs: add to own folder" on storage.objects for insert to authenticated
      with check (bucket_id = 'docs' and (storage.foldername(name))[1] = (select auth.uid())::text);
    create policy "docs: change own folder" on storage.objects for update to authenticated
      using (bucket_id = 'docs' and (storage.foldername(name))[1] = (select auth.uid())::text)
      with check (bucket_id = 'docs' and (storage.foldername(name))[1] = (select auth.uid())::text);
    create policy "docs: delete own folder" on storage.objects for delete to authenticated
      using (bucket_id = 'docs' and (storage.foldername(name))[1] = (select auth.uid())::text);
    create policy "pub: add to own folder" on storage.objects for insert to authenticated
      with check (bucket_id = 'pub' and (storage.foldername(name))[1] = (select auth.uid())::text);
  `);
  alice = await newUser();
  bob = await newUser();
});

afterAll(async () => {
  await stack?.close();
});

describe('upload and download', () => {
  it('uploads a Blob as multipart, storing the row as the caller and the bytes on disk', async () => {
    const key = `${alice.id}/blob.pdf`;
    const bytes = pdf('blob');
    const { data, error } = await docs(alice).upload(key, new Blob([bytes], { type: 'application/pdf' }));
    expect(error).toBeNull();
    expect(data).toEqual({ path: key, id: expect.any(String), fullPath: `docs/${key}` });

    const [row] = await rowsNamed('docs', key);
    expect(row?.owner).toBe(alice.id);
    expect(row?.metadata).toEqual({
      eTag: `"${md5(bytes)}"`,
      size: bytes.length,
      mimetype: 'application/pdf',
      cacheControl: 'max-age=3600',
      lastModified: expect.any(String),
      contentLength: bytes.length,
      httpStatusCode: 200,
    });
    expect(new Uint8Array(await readFile(diskPath('docs', key)))).toEqual(bytes);
  });

  it('uploads a raw ArrayBuffer with its content type and downloads the same bytes', async () => {
    const key = `${alice.id}/raw.pdf`;
    const bytes = pdf('raw body');
    const up = await docs(alice).upload(key, bytes.buffer as ArrayBuffer, {
      contentType: 'application/pdf',
      cacheControl: '60',
    });
    expect(up.error).toBeNull();

    const { data, error } = await docs(alice).download(key);
    expect(error).toBeNull();
    expect(new Uint8Array(await data!.arrayBuffer())).toEqual(bytes);

    const res = await call('GET', `/object/docs/${key}`, { token: alice.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
    expect(res.headers.get('etag')).toBe(`"${md5(bytes)}"`);
    expect(res.headers.get('cache-control')).toBe('max-age=60');
    expect(new Date(res.headers.get('last-modified')!).getTime()).not.toBeNaN();
  });

  it('serves the same object from /object/authenticated, and answers HEAD, info and exists', async () => {
    const key = `${alice.id}/blob.pdf`;
    const res = await call('GET', `/object/authenticated/docs/${key}`, { token: alice.token });
    expect(res.status).toBe(200);

    const head = await fetch(`${stack.url}/storage/v1/object/docs/${key}`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${alice.token}` },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(pdf('blob').length));
    expect(await head.text()).toBe('');

    expect((await docs(alice).exists(key)).data).toBe(true);
    expect((await docs(alice).exists(`${alice.id}/nope.pdf`)).data).toBe(false);

    const info = await docs(alice).info(key);
    expect(info.error).toBeNull();
    expect(info.data).toMatchObject({
      name: key,
      bucketId: 'docs',
      size: pdf('blob').length,
      contentType: 'application/pdf',
    });
  });

  it('sends ?download=<Thai name> as an RFC 5987 attachment', async () => {
    const key = `${alice.id}/blob.pdf`;
    const name = 'รายงานผลการประเมิน ITA.pdf';
    const res = await call('GET', `/object/docs/${key}?download=${encodeURIComponent(name)}`, { token: alice.token });
    expect(res.status).toBe(200);
    const enc = encodeURIComponent(name);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename=${enc}; filename*=UTF-8''${enc};`);
    const bare = await call('GET', `/object/docs/${key}?download`, { token: alice.token });
    expect(bare.headers.get('content-disposition')).toBe('attachment;');
  });

  it('refuses a duplicate with 409 unless x-upsert is true, and PUT replaces the object', async () => {
    const key = `${alice.id}/dup.pdf`;
    const first = await docs(alice).upload(key, new Blob([pdf('v1')], { type: 'application/pdf' }));
    expect(first.error).toBeNull();

    const again = await call('POST', `/object/docs/${key}`, {
      token: alice.token,
      body: pdf('v2'),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(again).toMatchObject({
      status: 400,
      json: { statusCode: '409', error: 'Duplicate', message: 'The resource already exists' },
    });
    const viaClient = await docs(alice).upload(key, new Blob([pdf('v2')], { type: 'application/pdf' }));
    expect(viaClient.error).toMatchObject({ statusCode: '409', message: 'The resource already exists' });
    expect(new Uint8Array(await readFile(diskPath('docs', key)))).toEqual(pdf('v1'));

    const upsert = await docs(alice).upload(key, new Blob([pdf('v2')], { type: 'application/pdf' }), { upsert: true });
    expect(upsert.error).toBeNull();
    expect(upsert.data?.id).toBe(first.data?.id);
    expect(new Uint8Array(await (await docs(alice).download(key)).data!.arrayBuffer())).toEqual(pdf('v2'));

    const update = await docs(alice).update(key, new Blob([pdf('v3')], { type: 'application/pdf' }));
    expect(update.error).toBeNull();
    expect(new Uint8Array(await (await docs(alice).download(key)).data!.arrayBuffer())).toEqual(pdf('v3'));
    expect(await rowsNamed('docs', key)).toHaveLength(1);
  });
});

describe('bucket limits', () => {
  it('refuses a file over the bucket size limit with 413, leaving no row and no file', async () => {
    const key = `${alice.id}/big.pdf`;
    const big = new Uint8Array(1048576 + 1);
    const res = await call('POST', `/object/docs/${key}`, {
      token: alice.token,
      body: big,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(res).toMatchObject({
      status: 400,
      json: { statusCode: '413', error: 'Payload too large', message: 'The object exceeded the maximum allowed size' },
    });
    const viaClient = await docs(alice).upload(key, new Blob([big], { type: 'application/pdf' }));
    expect(viaClient.error).toMatchObject({
      statusCode: '413',
      message: 'The object exceeded the maximum allowed size',
    });
    expect(await rowsNamed('docs', key)).toEqual([]);
    expect(existsSync(diskPath('docs', key))).toBe(false);
    expect(await filesUnder(tempDir())).toEqual([]);

    const exact = await docs(alice).upload(key, new Blob([new Uint8Array(1048576)], { type: 'application/pdf' }));
    expect(exact.error).toBeNull();
  });

  it('refuses a MIME type the bucket does not allow with 415 and accepts image/* wildcards', async () => {
    const res = await call('POST', `/object/docs/${alice.id}/notes.txt`, {
      token: alice.token,
      body: new TextEncoder().encode('hello'),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res).toEqual({
      status: 400,
      headers: expect.anything(),
      json: { statusCode: '415', error: 'invalid_mime_type', message: 'mime type text/plain is not supported' },
    });
    const multipart = await docs(alice).upload(`${alice.id}/notes.txt`, new Blob(['hello'], { type: 'text/plain' }));
    expect(multipart.error).toMatchObject({ statusCode: '415', message: 'mime type text/plain is not supported' });
    expect(await rowsNamed('docs', `${alice.id}/notes.txt`)).toEqual([]);

    const png = await docs(alice).upload(
      `${alice.id}/pic.png`,
      new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }),
    );
    expect(png.error).toBeNull();
  });
});

describe('object keys', () => {
  it('refuses a Thai key with InvalidKey (the app stores Thai names itself and uses UUID keys)', async () => {
    const key = `${alice.id}/รายงาน.pdf`;
    const { error } = await docs(alice).upload(key, new Blob([pdf('thai')], { type: 'application/pdf' }));
    expect(error).toMatchObject({ statusCode: '400', message: `Invalid key: ${key}` });
    const res = await call('POST', `/object/docs/${encodeURI(key)}`, {
      token: alice.token,
      body: pdf('thai'),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(res.json).toEqual({ statusCode: '400', error: 'InvalidKey', message: `Invalid key: ${key}` });
    expect(await stack.sql('select 1 from storage.objects where name like $1', [`${alice.id}/%งาน%`])).toEqual([]);
  });

  it('refuses ../ segments, absolute paths and empty segments, writing nothing anywhere', async () => {
    const before = await filesUnder(stack.storageDir);
    const escapes = ['../escape.pdf', 'escape.pdf', 'docs/escape.pdf'].map((p) => path.resolve(stack.storageDir, p));
    const cases: [string, string][] = [
      [`/storage/v1/object/docs/${alice.id}/..%2F..%2Fescape.pdf`, `${alice.id}/../../escape.pdf`],
      [`/storage/v1/object/docs/${alice.id}/%2E%2E%2Fescape.pdf`, `${alice.id}/../escape.pdf`],
      [`/storage/v1/object/docs/%2Fetc%2Fescape.pdf`, '/etc/escape.pdf'],
      [`/storage/v1/object/docs//${alice.id}/abs.pdf`, `/${alice.id}/abs.pdf`],
      [`/storage/v1/object/docs/${alice.id}//double.pdf`, `${alice.id}//double.pdf`],
    ];
    for (const [raw, key] of cases) {
      const res = await rawRequest('POST', raw, alice.token);
      expect(res).toEqual({
        status: 400,
        json: { statusCode: '400', error: 'InvalidKey', message: `Invalid key: ${key}` },
      });
    }
    const dotdot = await rawRequest(
      'GET',
      `/storage/v1/object/docs/${alice.id}/..%2F..%2F..%2Fjwt-secret`,
      alice.token,
    );
    expect(dotdot.json).toMatchObject({ error: 'InvalidKey' });
    expect(await filesUnder(stack.storageDir)).toEqual(before);
    for (const file of [...escapes, '/etc/escape.pdf']) expect(existsSync(file), file).toBe(false);
    expect(
      await stack.sql(
        `select 1 from storage.objects where name like '%escape%' or name like '%abs.pdf' or name like '%double%'`,
      ),
    ).toEqual([]);
  });

  it('answers an unknown bucket with Bucket not found and a bad bucket name with Invalid Input', async () => {
    const res = await call('POST', `/object/nope/${alice.id}/x.pdf`, {
      token: alice.token,
      body: pdf('x'),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(res.json).toEqual({ statusCode: '404', error: 'Bucket not found', message: 'Bucket not found' });
    const bad = await rawRequest('GET', `/storage/v1/object/bad%23name/x.pdf`, alice.token);
    expect(bad.json).toEqual({ statusCode: '400', error: 'Invalid Input', message: 'Bucket name invalid' });
  });
});

describe('row-level security', () => {
  it("refuses an upload into another user's folder with 403 and hides their files", async () => {
    const key = `${alice.id}/private.pdf`;
    expect((await docs(alice).upload(key, new Blob([pdf('secret')], { type: 'application/pdf' }))).error).toBeNull();

    const res = await call('POST', `/object/docs/${alice.id}/intrude.pdf`, {
      token: bob.token,
      body: pdf('x'),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(res).toMatchObject({
      status: 400,
      json: { statusCode: '403', error: 'Unauthorized', message: 'new row violates row-level security policy' },
    });
    expect(await rowsNamed('docs', `${alice.id}/intrude.pdf`)).toEqual([]);

    const upsert = await docs(bob).upload(key, new Blob([pdf('overwrite')], { type: 'application/pdf' }), {
      upsert: true,
    });
    expect(upsert.error).toMatchObject({ statusCode: '403' });
    expect(new Uint8Array(await readFile(diskPath('docs', key)))).toEqual(pdf('secret'));

    const read = await call('GET', `/object/docs/${key}`, { token: bob.token });
    expect(read).toMatchObject({
      status: 400,
      json: { statusCode: '404', error: 'not_found', message: 'Object not found' },
    });
    const viaClient = await docs(bob).download(key);
    expect(viaClient.error).not.toBeNull();
    expect((await docs(bob).list(alice.id)).data).toEqual([]);
    expect((await docs(bob).createSignedUrl(key, 60)).error).toMatchObject({
      statusCode: '404',
      message: 'Object not found',
    });
  });

  it('refuses anon: no upload, no download, an empty list', async () => {
    const anon = stack.anon().storage.from('docs');
    const up = await call('POST', `/object/docs/${alice.id}/anon.pdf`, {
      body: pdf('anon'),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(up.json).toEqual({
      statusCode: '403',
      error: 'Unauthorized',
      message: 'new row violates row-level security policy',
    });
    const down = await call('GET', `/object/docs/${alice.id}/private.pdf`);
    expect(down.json).toEqual({ statusCode: '404', error: 'not_found', message: 'Object not found' });
    const noToken = await call('GET', `/object/docs/${alice.id}/private.pdf`, { token: null });
    expect(noToken.json).toEqual({ statusCode: '404', error: 'Bucket not found', message: 'Bucket not found' });
    const authRoute = await call('GET', `/object/authenticated/docs/${alice.id}/private.pdf`, { token: null });
    expect(authRoute.json).toMatchObject({ statusCode: '403', error: 'Unauthorized' });
    expect((await anon.list(alice.id)).data).toEqual([]);
  });

  it('refuses a forged token', async () => {
    const forged = await new SignJWT({ role: 'service_role' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(secretBytes('not-the-secret-not-the-secret-0123456789'));
    const res = await call('POST', '/object/list/docs', { token: forged, body: { prefix: '' } });
    expect(res.json).toMatchObject({ statusCode: '403', error: 'Unauthorized' });
  });
});

describe('public buckets', () => {
  it('serves public objects without any auth, but never a private bucket through /public', async () => {
    const key = `${alice.id}/logo.png`;
    const bytes = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
    expect(
      (await alice.client.storage.from('pub').upload(key, new Blob([bytes], { type: 'image/png' }))).error,
    ).toBeNull();

    const { publicUrl } = alice.client.storage.from('pub').getPublicUrl(key).data;
    const res = await fetch(publicUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
    const plain = await fetch(`${stack.url}/storage/v1/object/pub/${key}`);
    expect(plain.status).toBe(200);

    const priv = await call('GET', `/object/public/docs/${alice.id}/private.pdf`, { token: null });
    expect(priv).toMatchObject({
      status: 400,
      json: { statusCode: '404', error: 'Bucket not found', message: 'Bucket not found' },
    });
    const missing = await call('GET', `/object/public/pub/${alice.id}/none.png`, { token: null });
    expect(missing.json).toEqual({ statusCode: '404', error: 'not_found', message: 'Object not found' });
  });
});

describe('signed URLs', () => {
  const key = () => `${alice.id}/signed.pdf`;

  beforeAll(async () => {
    await docs(alice).upload(key(), new Blob([pdf('signed')], { type: 'application/pdf' }));
  });

  it('signs a URL that downloads with the token alone', async () => {
    const { data, error } = await docs(alice).createSignedUrl(key(), 60);
    expect(error).toBeNull();
    expect(data!.signedUrl).toMatch(new RegExp(`^${stack.url}/storage/v1/object/sign/docs/${key()}\\?token=`));
    const res = await fetch(data!.signedUrl);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdf('signed'));
    expect(res.headers.get('expires')).toBeTruthy();

    const raw = await call('POST', `/object/sign/docs/${key()}`, { token: alice.token, body: { expiresIn: 60 } });
    expect(raw.json).toEqual({
      signedURL: expect.stringMatching(new RegExp(`^/object/sign/docs/${key()}\\?token=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`)),
    });
  });

  it('honours download= on a signed URL, with a Thai file name', async () => {
    const name = 'แบบฟอร์ม OIT.pdf';
    const enc = encodeURIComponent(name);
    // Append download= to the signed URL yourself: this works locally and on Supabase.
    const { data } = await docs(alice).createSignedUrl(key(), 60);
    const res = await fetch(`${data!.signedUrl}&download=${enc}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename=${enc}; filename*=UTF-8''${enc};`);

    // Canary: supabase-js 2.109's own `download` option double-encodes the name (open upstream
    // PR supabase/supabase-js#2468), so Supabase — and this stack, which matches it — receives
    // the name still percent-encoded. If this starts failing, supabase-js fixed it.
    const viaOption = await docs(alice).createSignedUrl(key(), 60, { download: name });
    const mangled = await fetch(viaOption.data!.signedUrl);
    const received = new URLSearchParams({ d: name }).toString().slice(2).replace(/\+/g, ' ');
    expect(mangled.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(received)};`);
  });

  it('refuses an expired, a tampered and a misplaced token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ url: `docs/${key()}` })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(now - 120)
      .setExpirationTime(now - 60)
      .sign(secretBytes(stack.keys.secret));
    const r1 = await call('GET', `/object/sign/docs/${key()}?token=${expired}`, { token: null });
    expect(r1).toMatchObject({ status: 400, json: { statusCode: '400', error: 'InvalidJWT', message: 'jwt expired' } });

    const { data } = await docs(alice).createSignedUrl(key(), 60);
    const token = new URL(data!.signedUrl).searchParams.get('token')!;
    const [h, p, sig] = token.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString('utf8'));
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, url: `docs/${alice.id}/private.pdf` })).toString('base64url')}.${sig}`;
    const r2 = await call('GET', `/object/sign/docs/${alice.id}/private.pdf?token=${tampered}`, { token: null });
    expect(r2.json).toEqual({ statusCode: '400', error: 'InvalidJWT', message: 'invalid signature' });

    const r3 = await call('GET', `/object/sign/docs/${alice.id}/private.pdf?token=${token}`, { token: null });
    expect(r3.json).toEqual({ statusCode: '400', error: 'InvalidSignature', message: 'Invalid signature' });

    const r4 = await call('GET', `/object/sign/docs/${key()}?token=${alice.token}`, { token: null });
    expect(r4.json).toEqual({ statusCode: '400', error: 'InvalidSignature', message: 'Invalid signature' });
    const r5 = await call('GET', `/object/sign/docs/${key()}`, { token: null });
    expect(r5.json).toMatchObject({ statusCode: '400', error: 'InvalidRequest' });
  });

  it('signs many paths at once, reporting the ones the caller cannot see', async () => {
    const { data, error } = await docs(alice).createSignedUrls([key(), `${bob.id}/nothing.pdf`], 60);
    expect(error).toBeNull();
    expect(data![0]).toMatchObject({
      error: null,
      path: key(),
      signedUrl: expect.stringContaining('/object/sign/docs/'),
    });
    expect(data![1]).toEqual({
      error: 'Either the object does not exist or you do not have access to it',
      path: `${bob.id}/nothing.pdf`,
      signedURL: null,
      signedUrl: null,
    });
    expect((await fetch(data![0]!.signedUrl!)).status).toBe(200);
  });

  it('issues signed upload URLs whose token alone authorises the upload', async () => {
    const target = `${alice.id}/via-signed-upload.pdf`;
    const signed = await docs(alice).createSignedUploadUrl(target);
    expect(signed.error).toBeNull();
    const up = await stack
      .anon()
      .storage.from('docs')
      .uploadToSignedUrl(target, signed.data!.token, new Blob([pdf('signed upload')], { type: 'application/pdf' }));
    expect(up.error).toBeNull();
    expect(up.data?.fullPath).toBe(`docs/${target}`);
    const [row] = await rowsNamed('docs', target);
    expect(row?.owner).toBe(alice.id);
    expect((await docs(bob).createSignedUploadUrl(`${alice.id}/nope.pdf`)).error).toMatchObject({ statusCode: '403' });
    const reuse = await call('GET', `/object/sign/docs/${target}?token=${signed.data!.token}`, { token: null });
    expect(reuse.json).toMatchObject({ error: 'InvalidSignature' });
  });
});

describe('list, remove, move, copy', () => {
  it('lists files and folders like Supabase (folders with null id)', async () => {
    const base = `${alice.id}/list`;
    for (const name of ['b.pdf', 'A.pdf', 'sub/c.pdf', 'sub/deeper/d.pdf', 'zed/e.pdf']) {
      expect(
        (await docs(alice).upload(`${base}/${name}`, new Blob([pdf(name)], { type: 'application/pdf' }))).error,
      ).toBeNull();
    }
    const { data, error } = await docs(alice).list(base);
    expect(error).toBeNull();
    expect(data!.map((e) => [e.name, e.id === null])).toEqual([
      ['A.pdf', false],
      ['b.pdf', false],
      ['sub', true],
      ['zed', true],
    ]);
    expect(data![0]).toMatchObject({
      id: expect.any(String),
      metadata: expect.objectContaining({ mimetype: 'application/pdf' }),
    });
    expect(data![2]).toEqual({
      name: 'sub',
      id: null,
      updated_at: null,
      created_at: null,
      last_accessed_at: null,
      metadata: null,
    });

    expect((await docs(alice).list(`${base}/sub`)).data!.map((e) => e.name)).toEqual(['c.pdf', 'deeper']);
    expect((await docs(alice).list(base, { search: 'b' })).data!.map((e) => e.name)).toEqual(['b.pdf']);
    expect((await docs(alice).list(base, { limit: 2, offset: 1 })).data!.map((e) => e.name)).toEqual(['b.pdf', 'sub']);
    expect(
      (await docs(alice).list(base, { sortBy: { column: 'name', order: 'desc' } })).data!.map((e) => e.name),
    ).toEqual(['zed', 'sub', 'b.pdf', 'A.pdf']);
    expect((await docs(alice).list()).data!.map((e) => e.name)).toEqual([alice.id]);
  });

  it('removes only what RLS lets the caller delete, returning the deleted objects', async () => {
    const key = `${alice.id}/remove-me.pdf`;
    await docs(alice).upload(key, new Blob([pdf('rm')], { type: 'application/pdf' }));

    const byBob = await docs(bob).remove([key]);
    expect(byBob).toEqual({ data: [], error: null });
    expect(existsSync(diskPath('docs', key))).toBe(true);

    const { data, error } = await docs(alice).remove([key, `${alice.id}/never-existed.pdf`]);
    expect(error).toBeNull();
    expect(data).toEqual([
      expect.objectContaining({ name: key, bucket_id: 'docs', owner: alice.id, id: expect.any(String) }),
    ]);
    expect(existsSync(diskPath('docs', key))).toBe(false);
    expect(await rowsNamed('docs', key)).toEqual([]);
  });

  it('moves an object, row and bytes', async () => {
    const from = `${alice.id}/move-src.pdf`;
    const to = `${alice.id}/moved/dest.pdf`;
    await docs(alice).upload(from, new Blob([pdf('move')], { type: 'application/pdf' }));
    expect(await docs(bob).move(from, `${bob.id}/stolen.pdf`)).toMatchObject({ error: { statusCode: '404' } });

    const { data, error } = await docs(alice).move(from, to);
    expect(error).toBeNull();
    expect(data).toMatchObject({ message: 'Successfully moved' });
    expect(existsSync(diskPath('docs', from))).toBe(false);
    expect(new Uint8Array(await (await docs(alice).download(to)).data!.arrayBuffer())).toEqual(pdf('move'));
    expect(await rowsNamed('docs', from)).toEqual([]);

    const outside = await docs(alice).move(to, `${bob.id}/gift.pdf`);
    expect(outside.error).toMatchObject({ statusCode: '403' });
    expect(existsSync(diskPath('docs', to))).toBe(true);
  });

  it('copies an object, and refuses to copy onto an existing key without x-upsert', async () => {
    const from = `${alice.id}/copy-src.pdf`;
    const to = `${alice.id}/copy-dest.pdf`;
    await docs(alice).upload(from, new Blob([pdf('copy')], { type: 'application/pdf' }));
    const { data, error } = await docs(alice).copy(from, to);
    expect(error).toBeNull();
    expect(data).toEqual({ path: `docs/${to}` });
    expect(new Uint8Array(await (await docs(alice).download(to)).data!.arrayBuffer())).toEqual(pdf('copy'));
    expect(new Uint8Array(await (await docs(alice).download(from)).data!.arrayBuffer())).toEqual(pdf('copy'));
    expect((await docs(alice).copy(from, to)).error).toMatchObject({ statusCode: '409' });
    expect((await docs(bob).copy(from, `${bob.id}/x.pdf`)).error).toMatchObject({ statusCode: '404' });
  });
});

describe('local disk layout', () => {
  it('refuses (409 KeyConflict, not 500) a key that would need a file and a folder of one name', async () => {
    const base = `${alice.id}/clash`;
    expect((await docs(alice).upload(base, new Blob([pdf('file')], { type: 'application/pdf' }))).error).toBeNull();
    const under = await call('POST', `/object/docs/${base}/inner.pdf`, {
      token: alice.token,
      body: pdf('x'),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(under.json).toEqual({
      statusCode: '409',
      error: 'KeyConflict',
      message: `Key ${base}/inner.pdf conflicts with an existing object or folder of the same name`,
    });
    expect(await rowsNamed('docs', `${base}/inner.pdf`)).toEqual([]);

    // A folder that only held deleted objects is gone, so its name is free again.
    const dir = `${alice.id}/was-a-folder`;
    await docs(alice).upload(`${dir}/x.pdf`, new Blob([pdf('x')], { type: 'application/pdf' }));
    await docs(alice).remove([`${dir}/x.pdf`]);
    expect(
      (await docs(alice).upload(dir, new Blob([pdf('now a file')], { type: 'application/pdf' }))).error,
    ).toBeNull();
  });
});

describe('aborted uploads', () => {
  /** Sends half of a declared body, waits until the server is writing it, then drops the connection. */
  async function abortHalfway(key: string, contentType: string, chunk: Buffer, declared: number) {
    const u = new URL(stack.url);
    const req = http.request({
      host: u.hostname,
      port: u.port,
      method: 'POST',
      path: `/storage/v1/object/docs/${key}`,
      headers: { authorization: `Bearer ${alice.token}`, 'content-type': contentType, 'content-length': declared },
    });
    req.on('error', () => undefined);
    req.write(chunk);
    const started = await until(async () => (await filesUnder(tempDir())).length > 0, 3000);
    req.destroy();
    return started;
  }

  it('leaves no row and no file when a raw upload is cut off', async () => {
    const key = `${alice.id}/aborted-raw.pdf`;
    expect(await abortHalfway(key, 'application/pdf', Buffer.alloc(200_000, 7), 400_000)).toBe(true);
    expect(await until(async () => (await filesUnder(tempDir())).length === 0)).toBe(true);
    expect(existsSync(diskPath('docs', key))).toBe(false);
    expect(await rowsNamed('docs', key)).toEqual([]);
  });

  it('leaves no row and no file when a multipart upload is cut off', async () => {
    const key = `${alice.id}/aborted-form.pdf`;
    const boundary = 'ita-boundary-123';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="cacheControl"\r\n\r\n3600\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name=""; filename="blob"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    const chunk = Buffer.concat([head, Buffer.alloc(200_000, 7)]);
    expect(await abortHalfway(key, `multipart/form-data; boundary=${boundary}`, chunk, 400_000)).toBe(true);
    expect(await until(async () => (await filesUnder(tempDir())).length === 0)).toBe(true);
    expect(existsSync(diskPath('docs', key))).toBe(false);
    expect(await rowsNamed('docs', key)).toEqual([]);

    // The stack still serves normally afterwards.
    expect((await docs(alice).upload(key, new Blob([pdf('after')], { type: 'application/pdf' }))).error).toBeNull();
  });
});

describe('bad requests', () => {
  it('answers bad bodies and unknown routes with Storage-shaped errors, never 500', async () => {
    const badJson = await call('POST', '/object/list/docs', {
      token: alice.token,
      body: '{',
      headers: { 'content-type': 'application/json' },
    });
    expect(badJson).toMatchObject({ status: 400, json: { statusCode: '400', error: 'InvalidRequest' } });
    const res = await fetch(`${stack.url}/storage/v1/object/list/docs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${alice.token}`, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ statusCode: '400', error: 'InvalidRequest', message: 'Body is not valid JSON' });
    const noPrefixes = await call('DELETE', '/object/docs', { token: alice.token, body: {} });
    expect(noPrefixes.json).toMatchObject({ statusCode: '400', error: 'InvalidRequest' });
    const badSign = await call('POST', `/object/sign/docs/${alice.id}/blob.pdf`, {
      token: alice.token,
      body: { expiresIn: -5 },
    });
    expect(badSign.json).toMatchObject({ statusCode: '400', error: 'InvalidRequest' });
    const badForm = await call('POST', `/object/docs/${alice.id}/form.pdf`, {
      token: alice.token,
      body: new TextEncoder().encode('garbage'),
      headers: { 'content-type': 'multipart/form-data; boundary=nothing-here' },
    });
    expect(badForm.json).toMatchObject({ statusCode: '400', error: 'InvalidRequest' });
    const huge = await call('DELETE', '/object/docs', {
      token: alice.token,
      body: { prefixes: ['x'.repeat(2 * 1024 * 1024)] },
    });
    expect(huge.json).toEqual({ statusCode: '413', error: 'Payload Too Large', message: 'Request body is too large' });
    const unknown = await call('GET', '/nothing/here', { token: alice.token });
    expect(unknown).toMatchObject({ status: 404, json: { statusCode: '404', error: 'Not Found' } });
  });
});
