import { spawn } from 'node:child_process';
import { MigrationChangedError } from '../db/migrator';
import { REPO_ROOT, startStack } from '../server';
import { printBanner } from './banner';
import { closeOnSignals, stackOptionsFromArgs } from './options';

/** `npm run dev`: the local stack plus Vite's dev server (which proxies the API paths to it). */
async function main() {
  const options = stackOptionsFromArgs();
  const stack = await startStack({ ...options, onProgress: (m) => process.stderr.write(`  ${m}\n`) });
  printBanner(stack, { seeded: options.seed !== false });
  const vite = spawn(process.execPath, [`${REPO_ROOT}/node_modules/vite/bin/vite.js`], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      LOCAL_STACK_URL: stack.url,
      VITE_SUPABASE_URL: '/',
      VITE_SUPABASE_ANON_KEY: stack.keys.anonKey,
    },
  });
  closeOnSignals(async () => {
    vite.kill('SIGTERM');
    await stack.close();
  });
  vite.on('exit', (code) => {
    void stack.close().then(() => process.exit(code ?? 0));
  });
}

main().catch((e) => {
  if (e instanceof MigrationChangedError) console.error(`\n${e.message}\n`);
  else console.error(e);
  process.exit(1);
});
