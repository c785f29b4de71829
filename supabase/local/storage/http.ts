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

/** The JSON body checked against `schema`; bad JSON or a bad shape is a 400, never a 500. */
export async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    const text = await c.req.text();
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
