import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/stack';

let stack: TestStack;
let savedLimit: string | undefined;
const GLOBAL_LIMIT = 100_000;

async function userClient() {
  const email = `bucket-user-${Date.now()}@example.test`;
  const { error } = await stack
    .service()
    .auth.admin.createUser({ email, password: 'bucket-pw-1', email_confirm: true });
  if (error) throw error;
  return stack.signIn(email, 'bucket-pw-1');
}

beforeAll(async () => {
  savedLimit = process.env.STORAGE_FILE_SIZE_LIMIT;
  process.env.STORAGE_FILE_SIZE_LIMIT = String(GLOBAL_LIMIT);
  stack = await startTestStack({ seed: false });
});

afterAll(async () => {
  if (savedLimit === undefined) delete process.env.STORAGE_FILE_SIZE_LIMIT;
  else process.env.STORAGE_FILE_SIZE_LIMIT = savedLimit;
  await stack?.close();
});

describe('buckets', () => {
  it('lets the service role create, read, list and update buckets', async () => {
    const storage = stack.service().storage;
    const created = await storage.createBucket('admin-made', {
      public: false,
      fileSizeLimit: '50KB',
      allowedMimeTypes: ['application/pdf'],
    });
    expect(created).toEqual({ data: { name: 'admin-made' }, error: null });

    const { data } = await storage.getBucket('admin-made');
    expect(data).toMatchObject({
      id: 'admin-made',
      name: 'admin-made',
      public: false,
      file_size_limit: 50_000,
      allowed_mime_types: ['application/pdf'],
      created_at: expect.any(String),
    });
    expect((await storage.listBuckets()).data?.map((b) => b.id)).toContain('admin-made');

    expect(
      await storage.updateBucket('admin-made', { public: true, fileSizeLimit: null, allowedMimeTypes: ['image/*'] }),
    ).toEqual({
      data: { message: 'Successfully updated' },
      error: null,
    });
    expect((await storage.getBucket('admin-made')).data).toMatchObject({
      public: true,
      file_size_limit: null,
      allowed_mime_types: ['image/*'],
    });
  });

  it('refuses duplicates, bad names, bad limits and bad MIME types', async () => {
    const storage = stack.service().storage;
    await storage.createBucket('dupe');
    expect((await storage.createBucket('dupe')).error).toMatchObject({
      statusCode: '409',
      message: 'The resource already exists',
    });
    expect((await storage.createBucket('bad/name')).error).toMatchObject({
      statusCode: '400',
      message: 'Bucket name invalid',
    });
    expect((await storage.createBucket('..')).error).toMatchObject({
      statusCode: '400',
      message: 'Bucket name invalid',
    });
    expect((await storage.createBucket('big', { public: false, fileSizeLimit: GLOBAL_LIMIT + 1 })).error).toMatchObject(
      {
        statusCode: '413',
      },
    );
    expect((await storage.createBucket('weird', { public: false, fileSizeLimit: '12 parsecs' })).error).toMatchObject({
      statusCode: '400',
    });
    expect(
      (await storage.createBucket('mime', { public: false, allowedMimeTypes: ['not a type'] })).error,
    ).toMatchObject({
      statusCode: '415',
      message: 'mime type not a type is not supported',
    });
    expect((await storage.getBucket('no-such-bucket')).error).toMatchObject({
      statusCode: '404',
      message: 'Bucket not found',
    });
  });

  it('leaves bucket management to RLS: users without a policy can neither create nor see buckets', async () => {
    const user = await userClient();
    expect((await user.storage.createBucket('mine')).error).toMatchObject({
      statusCode: '403',
      message: 'new row violates row-level security policy',
    });
    expect((await user.storage.listBuckets()).data).toEqual([]);
    expect((await user.storage.getBucket('admin-made')).error).toMatchObject({ statusCode: '404' });
    expect((await user.storage.deleteBucket('dupe')).error).toMatchObject({ statusCode: '404' });
  });

  it('applies the global STORAGE_FILE_SIZE_LIMIT to buckets without their own limit', async () => {
    const storage = stack.service().storage;
    await storage.createBucket('open');
    const ok = await storage.from('open').upload('a.bin', new Blob([new Uint8Array(GLOBAL_LIMIT)]));
    expect(ok.error).toBeNull();
    const tooBig = await storage.from('open').upload('b.bin', new Blob([new Uint8Array(GLOBAL_LIMIT + 1)]));
    expect(tooBig.error).toMatchObject({ statusCode: '413', message: 'The object exceeded the maximum allowed size' });
  });

  it('deletes only empty buckets; empty removes every object and its file', async () => {
    const storage = stack.service().storage;
    await storage.createBucket('trash');
    await storage.from('trash').upload('x/one.txt', new Blob(['1'], { type: 'text/plain' }));
    await storage.from('trash').upload('two.txt', new Blob(['2'], { type: 'text/plain' }));
    const dir = path.join(stack.storageDir, 'trash');
    expect(existsSync(path.join(dir, 'x', 'one.txt'))).toBe(true);

    expect((await storage.deleteBucket('trash')).error).toMatchObject({
      statusCode: '409',
      message: 'The bucket you tried to delete is not empty',
    });
    expect(await storage.emptyBucket('trash')).toEqual({ data: { message: 'Successfully emptied' }, error: null });
    expect(existsSync(path.join(dir, 'x', 'one.txt'))).toBe(false);
    expect(existsSync(path.join(dir, 'two.txt'))).toBe(false);
    expect(await stack.sql(`select 1 from storage.objects where bucket_id = 'trash'`)).toEqual([]);

    expect(await storage.deleteBucket('trash')).toEqual({ data: { message: 'Successfully deleted' }, error: null });
    expect(existsSync(dir)).toBe(false);
    expect((await storage.getBucket('trash')).error).toMatchObject({ statusCode: '404' });
  });
});
