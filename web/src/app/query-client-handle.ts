import type { QueryClient } from '@tanstack/react-query';
import { lazyHandle, readyHandle, type LazyHandle } from '@/lib/lazy-handle';

// Types only from TanStack Query: the login page renders without it.

/**
 * The query client, created when the signed-in area first needs it (TanStack Query and the toast store are
 * ~12 KB gzip the login page does without). Tests pass a ready client.
 */
export type QueryClientHandle = LazyHandle<QueryClient>;

export function isQueryClientHandle(value: QueryClient | QueryClientHandle): value is QueryClientHandle {
  return typeof (value as Partial<QueryClientHandle>).whenLoaded === 'function';
}

/** A handle for a client that exists already (tests). */
export const queryClientHandleFor: (client: QueryClient) => QueryClientHandle = readyHandle;

/** A handle that creates the client with `load` on first use. */
export const lazyQueryClientHandle: (load: () => Promise<QueryClient>) => QueryClientHandle = lazyHandle;
