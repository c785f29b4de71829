import { startStack } from '../server';
import { MigrationChangedError } from '../db/migrator';
import { printBanner } from './banner';
import { closeOnSignals, STACK_HELP, stackOptionsFromArgs } from './options';

/** `npm run stack`: the API only (auth, rest, storage), no SPA. */
async function main() {
  const options = stackOptionsFromArgs();
  if (options.help) {
    console.log(`npm run stack -- [options]\n${STACK_HELP}`);
    return;
  }
  const stack = await startStack({ ...options, onProgress: (m) => process.stderr.write(`  ${m}\n`) });
  closeOnSignals(() => stack.close());
  printBanner(stack, { seeded: options.seed !== false });
}

main().catch((e) => {
  if (e instanceof MigrationChangedError) console.error(`\n${e.message}\n`);
  else console.error(e);
  process.exit(1);
});
