/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const stackUrl = process.env.LOCAL_STACK_URL ?? 'http://127.0.0.1:54321';

export default defineConfig({
  root: path.join(root, 'web'),
  envDir: root,
  publicDir: path.join(root, 'web/public'),
  plugins: [react()],
  resolve: { alias: { '@': path.join(root, 'web/src') } },
  build: {
    outDir: path.join(root, 'web/dist'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    strictPort: false,
    // `npm run dev`: the SPA on Vite, the API on the local stack, one origin for the browser.
    proxy: Object.fromEntries(
      ['/auth/v1', '/rest/v1', '/storage/v1'].map((p) => [p, { target: stackUrl, changeOrigin: true }]),
    ),
  },
  test: {
    root,
    globalSetup: ['supabase/local/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // PGlite blocks the event loop: two workers on two cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'stack',
          environment: 'node',
          include: ['supabase/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['web/src/**/*.test.{ts,tsx}'],
          setupFiles: ['web/src/testing/setup-tests.ts'],
          globals: true,
        },
      },
    ],
  },
});
