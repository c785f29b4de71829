import path from 'node:path';
import { deriveKeys, loadOrCreateSecret } from '../auth/jwt';
import { MigrationChangedError } from '../db/migrator';
import { DEFAULT_DATA_DIR, startStack } from '../server';
import { printBanner } from './banner';
import { closeOnSignals, STACK_HELP, stackOptionsFromArgs } from './options';
import { buildSpaIfNeeded, DIST_DIR } from './spa-build';

/**
 * `npm start`: builds the SPA if needed and serves it from the local stack on one
 * port, with the demo data on a new database.
 */
async function main() {
  const options = stackOptionsFromArgs();
  if (options.help) {
    console.log(`npm start -- [options]\n${STACK_HELP}`);
    return;
  }
  const say = (m: string) => process.stderr.write(`  ${m}\n`);
  const secretDir = options.data && options.data !== 'memory' ? path.resolve(options.data) : DEFAULT_DATA_DIR;
  const secret = await loadOrCreateSecret(secretDir);
  const keys = await deriveKeys(secret);
  // "/" = the API is on the same origin as the page (the local stack serves both).
  await buildSpaIfNeeded({ VITE_SUPABASE_URL: '/', VITE_SUPABASE_ANON_KEY: keys.anonKey }, say);
  const stack = await startStack({ ...options, jwtSecret: secret, staticDir: DIST_DIR, onProgress: say });
  closeOnSignals(() => stack.close());
  printBanner(stack, { appUrl: stack.url + '/', seeded: options.seed !== false });
}

main().catch((e) => {
  if (e instanceof MigrationChangedError) console.error(`\n${e.message}\n`);
  else console.error(e);
  process.exit(1);
});
