import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../../..');

/** `npm run test:hostile` (run.ts): the hostile suites only, each bounded in time. */
export default defineConfig({
  root,
  test: {
    root,
    name: 'hostile',
    environment: 'node',
    include: ['supabase/local/hostile/**/*.hostile.ts'],
    globalSetup: ['supabase/local/testing/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // PGlite blocks the event loop: two workers on two cores.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
