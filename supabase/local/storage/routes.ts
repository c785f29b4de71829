import { Hono } from 'hono';
import type { StackDeps } from '../http/deps';

/** Supabase Storage-compatible /storage/v1 (placeholder until the storage layer lands). */
export function storageRoutes(_deps: StackDeps) {
  return new Hono();
}
