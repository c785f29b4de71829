/**
 * npm run -s import -- --dry-run <file>         print the plan read from an O42/O43 document (.docx .txt .md) or
 *                                               the import template (.xlsx .csv) as JSON; problems go to stderr
 * npm run import -- --org <id|name> <file>      create the plan in the running local stack
 *                   [--url http://127.0.0.1:54321] [--department <name|code|id>] [--due-date dd/mm/yyyy]
 *
 * (`-s` keeps npm's own banner off stdout, so that the JSON can be piped.)
 * Exit codes: 0 done (warnings allowed), 1 the file cannot be read or has errors, 2 usage, 3 the stack refused.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ws from 'ws';
import { parseBeDate } from '../../../web/src/features/import/lib/be-date';
import { buildImportPayload, type ImportPayload } from '../../../web/src/features/import/lib/build-import-payload';
import { parseImportFile } from '../../../web/src/features/import/lib/parse-import-file';
import { hasErrors, type Problem } from '../../../web/src/features/import/lib/problems';
import { deriveKeys } from '../auth/jwt';

/** `.local-stack` at the repository root (as in server.ts, without loading the server). */
const DEFAULT_DATA_DIR = path.resolve(import.meta.dirname, '../../../.local-stack');

const USAGE = `Usage:
  npm run -s import -- --dry-run <file>
  npm run -s import -- --org <organization id or name> [--url <stack url>] [--department <name|code|id>] [--due-date <dd/mm/yyyy B.E.>] <file>
Files: .docx, .txt/.md (text export of the document), .xlsx/.csv (import template)
Key: the service role key only: SUPABASE_SERVICE_ROLE_KEY, or (local stack) derived from SUPABASE_JWT_SECRET /
  <LOCAL_STACK_DATA or .local-stack>/jwt-secret`;

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export function formatProblem(p: Problem): string {
  const where = p.line === null ? '' : ` บรรทัด/แถว ${p.line} (line ${p.line})`;
  return `[${p.severity}]${where}: ${p.message_th} — ${p.message_en}`;
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'ไม่พบไฟล์ / file not found' : code === 'EISDIR' ? 'เป็นโฟลเดอร์ / is a directory' : String(e);
    throw new CliError(`อ่านไฟล์ไม่ได้ / Cannot read ${file}: ${reason}`, 1);
  }
}

async function secretFromDisk(): Promise<string | null> {
  if (process.env.SUPABASE_JWT_SECRET) return process.env.SUPABASE_JWT_SECRET;
  const dir =
    process.env.LOCAL_STACK_DATA && process.env.LOCAL_STACK_DATA !== 'memory'
      ? path.resolve(process.env.LOCAL_STACK_DATA)
      : DEFAULT_DATA_DIR;
  return (await readFile(path.join(dir, 'jwt-secret'), 'utf8').catch(() => '')).trim() || null;
}

function client(url: string, key: string): SupabaseClient {
  return createClient(url, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: ws as never },
  });
}

async function findOrganization(db: SupabaseClient, ref: string): Promise<{ id: string; name: string }> {
  const { data, error } = await db.from('organizations').select('id, name, short_name, code');
  if (error) throw new CliError(`ค้นหาหน่วยงานไม่ได้ / Cannot look up the organisation: ${error.message}`, 3);
  const rows = (data ?? []) as { id: string; name: string; short_name: string | null; code: string | null }[];
  const matches = rows.filter((o) => [o.id, o.name, o.short_name, o.code].includes(ref.trim()));
  if (matches.length !== 1) {
    const known = rows.map((o) => o.name).join(', ') || '-';
    throw new CliError(`ไม่พบหน่วยงาน "${ref}" / No single organisation matches "${ref}" (known: ${known})`, 3);
  }
  return matches[0]!;
}

/**
 * The plan is created with the service role key only: `create_plan_from_import` takes the organisation from the
 * payload's `organization_id` when the caller is the service role (an admin's token may only name their own).
 */
async function callImportRpc(url: string, serviceKey: string, payload: ImportPayload): Promise<string> {
  const { data, error } = await client(url, serviceKey).rpc('create_plan_from_import', { payload });
  if (error) throw rpcError(error);
  return data as string;
}

function rpcError(e: { message: string; code?: string; hint?: string | null }): CliError {
  return new CliError(`สร้างแผนไม่สำเร็จ / The stack refused the plan: ${e.message}${e.hint ? ` (${e.hint})` : ''}`, 3);
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        org: { type: 'string' },
        url: { type: 'string', default: process.env.SUPABASE_URL ?? 'http://127.0.0.1:54321' },
        department: { type: 'string' },
        'due-date': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n${USAGE}`, 2);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1 || (!values['dry-run'] && !values.org)) throw new CliError(USAGE, 2);

  const result = await parseImportFile(path.basename(file), await readInput(file));
  for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`);
  if (!result.plan || hasErrors(result.problems)) {
    throw new CliError(
      `นำเข้าไม่ได้ / ${file} has errors (${result.problems.filter((p) => p.severity === 'error').length})`,
      1,
    );
  }
  if (values['dry-run']) {
    process.stdout.write(`${JSON.stringify(result.plan, null, 2)}\n`);
    return 0;
  }

  let dueDate: string | undefined;
  if (values['due-date']) {
    const parsed = parseBeDate(values['due-date']);
    if (!parsed.ok) throw new CliError(`--due-date: ใช้รูปแบบ วว/ดด/ปปปป พ.ศ. / use dd/mm/yyyy (B.E.)`, 2);
    dueDate = parsed.iso;
  }
  const serviceKey =
    process.env.SUPABASE_SERVICE_ROLE_KEY ??
    (await secretFromDisk().then((s) => (s ? deriveKeys(s) : null)))?.serviceRoleKey;
  if (!serviceKey)
    throw new CliError('ไม่พบคีย์ / No service role key: set SUPABASE_SERVICE_ROLE_KEY or start the local stack once', 2);
  const url = values.url!;
  let org;
  try {
    org = await findOrganization(client(url, serviceKey), values.org!);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`ติดต่อ local stack ไม่ได้ / Cannot reach the local stack at ${url}: ${(e as Error).message}`, 3);
  }
  const { data: departments, error } = await client(url, serviceKey)
    .from('departments')
    .select('id, name, code')
    .eq('organization_id', org.id);
  if (error) throw new CliError(`อ่านรายชื่อฝ่ายไม่ได้ / Cannot read departments: ${error.message}`, 3);

  const built = buildImportPayload(result.plan, {
    organizationId: org.id,
    departments: departments ?? [],
    ...(values.department ? { defaultDepartment: values.department } : {}),
    ...(dueDate ? { defaultDueDate: dueDate } : {}),
  });
  for (const p of built.problems) process.stderr.write(`${formatProblem(p)}\n`);
  if (!built.payload) throw new CliError('นำเข้าไม่ได้ / The plan cannot be created (see the errors above)', 1);

  const planId = await callImportRpc(url, serviceKey, built.payload);
  process.stdout.write(`${JSON.stringify({ plan_id: planId, organization_id: org.id, organization: org.name })}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`${e instanceof CliError ? e.message : String((e as Error).stack ?? e)}\n`);
      process.exit(e instanceof CliError ? e.exitCode : 1);
    },
  );
}
