/**
 * The same migrations, seed and (a subset of) the same RLS and workflow tests on a real PostgreSQL 15
 * server, the major version of hosted Supabase. Needs /usr/lib/postgresql/15/bin/postgres (Debian package
 * postgresql-15, installed in CI); skipped with a message when it is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../local/db/migrator';
import { startTestStack, type TestStack } from '../local/testing/stack';
import { hasPg15, PG15_POSTGRES, startPg15, type ThrowawayCluster } from './helpers/pg15';
import { defineRlsMatrix, defineStorageMatrix, matrixCases, storageCases } from './helpers/rls-matrix';
import { defineWorkflowSuite } from './helpers/workflow-suite';

const available = hasPg15();

if (!available) {
  describe('PostgreSQL 15 compatibility', () => {
    it.skip(`skipped: ${PG15_POSTGRES} not found (apt-get install postgresql-15 to run these tests)`, () => undefined);
  });
} else {
  describe('PostgreSQL 15 compatibility', () => {
    let cluster: ThrowawayCluster | undefined;
    let stack: TestStack;
    beforeAll(async () => {
      cluster = await startPg15();
      stack = await startTestStack({ databaseUrl: cluster.url });
    }, 180_000);
    afterAll(async () => {
      await stack?.close();
      await cluster?.stop();
    });

    it('applies platform SQL, every migration and the seed on PostgreSQL 15', async () => {
      const [v] = await stack.sql<{ n: number }>(`select current_setting('server_version_num')::int as n`);
      expect(Math.floor(v!.n / 10000)).toBe(15);
      const applied = await stack.sql(`select version from local_stack.migrations`);
      expect(applied).toHaveLength((await readMigrations()).length);
      expect(await stack.sql(`select 1 from local_stack.meta where key = 'seeded_at'`)).toHaveLength(1);
      expect(
        await stack.sql(`select 1 from public.measures where plan_id = '50000000-0000-4000-8000-000000000165'`),
      ).toHaveLength(14);
    });

    it('head.finance@dindaeng.example signs in with the demo password', async () => {
      const client = await stack.signIn('head.finance@dindaeng.example');
      const { data } = await client.auth.getUser();
      expect(data.user?.email).toBe('head.finance@dindaeng.example');
    });

    const tables = new Set([
      'profiles',
      'plans',
      'measures',
      'measure_assignees',
      'evidence',
      'comments',
      'reviews',
      'activity_log',
    ]);
    defineRlsMatrix(
      () => stack,
      matrixCases((c) => tables.has(c.table)),
    );
    defineStorageMatrix(
      () => stack,
      storageCases((c) => c.scope !== 'gov'),
    );
    defineWorkflowSuite(() => stack);
  });
}
