/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const stackUrl = process.env.LOCAL_STACK_URL ?? 'http://127.0.0.1:54321';

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file of the build (the local stack serves them
 * with Content-Encoding); skipped when compressing saves less than 10%.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress);
  const gzipAsync = promisify(gzip);
  let outDir = '';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/.test(f));
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(outDir, file);
          const raw = await readFile(full);
          if (raw.length < 1024) return;
          const [br, gz] = await Promise.all([
            brotli(raw, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
            }),
            gzipAsync(raw, { level: 9 }),
          ]);
          if (gz.length > raw.length * 0.9) return;
          await Promise.all([writeFile(`${full}.br`, br), writeFile(`${full}.gz`, gz)]);
        }),
      );
    },
  };
}

export default defineConfig({
  root: path.join(root, 'web'),
  envDir: root,
  publicDir: path.join(root, 'web/public'),
  plugins: [react(), precompress()],
  resolve: { alias: { '@': path.join(root, 'web/src') } },
  build: {
    outDir: path.join(root, 'web/dist'),
    emptyOutDir: true,
    sourcemap: true,
    // The largest chunk is exceljs (≈ 930 KB), loaded only when a workbook is exported or imported.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // Everything the first screen runs (the entry's static imports) in one file: one request, one gzip
        // stream. Left alone, the shared pieces become ~20 small files, each compressed on its own.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
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
