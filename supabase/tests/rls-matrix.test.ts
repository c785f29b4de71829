import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../local/testing/stack';
import { actorsFor } from './helpers/actors';
import { defineRlsMatrix, defineStorageMatrix, matrixCases, storageCases } from './helpers/rls-matrix';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

const cases = matrixCases();
const storage = storageCases();

describe('RLS matrix', () => {
  it('covers every role, table, operation and scope', async () => {
    expect(cases.length + storage.length).toBeGreaterThanOrEqual(300);
    // Which path the table cases take: supabase-js over /rest/v1 once the REST layer serves it, else runAs.
    const { driver } = await actorsFor(stack);
    expect(['rest', 'sql']).toContain(driver);
  });
  defineRlsMatrix(() => stack, cases);
  defineStorageMatrix(() => stack, storage);
});
