import { Hono } from 'hono';
import type { StackDeps } from '../http/deps';

/** PostgREST-compatible /rest/v1 (placeholder until the REST layer lands). */
export async function restRoutes(_deps: StackDeps) {
  return new Hono();
}
