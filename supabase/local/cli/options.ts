import { parseArgs } from 'node:util';
import { DEFAULT_PORT, type StartOptions } from '../server';

/** Reads the stack's options from argv and the environment (see README "Local stack"). */
export function stackOptionsFromArgs(argv = process.argv.slice(2)): StartOptions & { help: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      memory: { type: 'boolean', default: false },
      reset: { type: 'boolean', default: false },
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'no-seed': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
    strict: true,
  });
  const data = values.memory ? 'memory' : (values.data ?? process.env.LOCAL_STACK_DATA);
  const port = Number(values.port ?? process.env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Invalid port: ${values.port ?? process.env.PORT}`);
  return {
    help: values.help,
    port,
    hostname: values.host ?? process.env.HOST ?? '127.0.0.1',
    ...(data ? { data } : {}),
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    reset: values.reset,
    seed: !values['no-seed'],
    log: values.quiet || process.env.LOG_REQUESTS === '0' ? null : (line: string) => process.stdout.write(line + '\n'),
  };
}

export const STACK_HELP = `Options:
  --memory        keep everything in memory (same as LOCAL_STACK_DATA=memory)
  --data <dir>    data folder (default .local-stack, or LOCAL_STACK_DATA)
  --reset         delete the data folder first and start over with the seed
  --port <n>      port (default 54321, or PORT)
  --host <addr>   address to listen on (default 127.0.0.1, or HOST)
  --no-seed       do not run supabase/seed.sql on a new database
  --quiet         no request log
Environment: SUPABASE_JWT_SECRET, DATABASE_URL, JWT_EXPIRY, LOG_REQUESTS=0`;

/** Stops cleanly on SIGTERM/SIGINT. */
export function closeOnSignals(close: () => Promise<void>) {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\n${signal}: stopping the local stack…\n`);
    close()
      .then(() => process.exit(0))
      .catch((e) => {
        console.error(e);
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
