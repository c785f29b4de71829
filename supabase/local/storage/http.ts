import type { Context } from 'hono';
import type { z } from 'zod';
import type { StackDeps } from '../http/deps';
import type { Disk } from './disk';
import { ERR } from './errors';

/** What every storage route needs. */
export interface Storage {
  deps: StackDeps;
  disk: Disk;
  /** STORAGE_FILE_SIZE_LIMIT: no upload is ever larger, whatever its bucket says. */
  globalLimit: number;
}

/** Fastify's default body limit, which Supabase Storage keeps for JSON requests. */
const MAX_JSON_BODY = 1024 * 1024;

/** The request body as text, refused past MAX_JSON_BODY without buffering more. */
async function boundedText(c: Context): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > MAX_JSON_BODY) throw ERR.bodyTooLarge();
  const reader = c.req.raw.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_JSON_BODY) {
      await reader.cancel().catch(() => undefined);
      throw ERR.bodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON body checked against `schema`; bad JSON or a bad shape is a 400, never a 500. */
export async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const text = await boundedText(c);
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw ERR.invalidRequest('Body is not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `body/${issue.path.join('/')}` : 'body';
    throw ERR.invalidRequest(`${where} ${issue?.message ?? 'is invalid'}`);
  }
  return parsed.data;
}

/** `x-upsert: true` (the only spelling Supabase honours). */
export const wantsUpsert = (c: Context) => c.req.header('x-upsert') === 'true';
