import type { QueryClient } from '@tanstack/react-query';

// Types only from TanStack Query: the login page renders without it.

/**
 * The query client, created when the signed-in area first needs it (TanStack Query and the toast store are
 * ~12 KB gzip the login page does without). Tests pass a ready client.
 */
export interface QueryClientHandle {
  /** The client, loading TanStack Query on the first call. */
  get(): Promise<QueryClient>;
  /** The client if it exists already. */
  current(): QueryClient | null;
  /** Resolves when someone has loaded the client (never starts the load itself). */
  whenLoaded(): Promise<QueryClient>;
}

export function isQueryClientHandle(value: QueryClient | QueryClientHandle): value is QueryClientHandle {
  return typeof (value as Partial<QueryClientHandle>).whenLoaded === 'function';
}

/** A handle for a client that exists already (tests). */
export function queryClientHandleFor(client: QueryClient): QueryClientHandle {
  const ready = Promise.resolve(client);
  return { get: () => ready, current: () => client, whenLoaded: () => ready };
}

/** A handle that creates the client with `load` on first use. */
export function lazyQueryClientHandle(load: () => Promise<QueryClient>): QueryClientHandle {
  let client: QueryClient | null = null;
  let loading: Promise<QueryClient> | null = null;
  let announce: (client: QueryClient) => void = () => {};
  const loaded = new Promise<QueryClient>((resolve) => (announce = resolve));
  return {
    get() {
      loading ??= load().then(
        (c) => {
          client = c;
          announce(c);
          return c;
        },
        (error: unknown) => {
          loading = null; // a chunk that failed to load (offline) is tried again
          throw error;
        },
      );
      return loading;
    },
    current: () => client,
    whenLoaded: () => loaded,
  };
}
