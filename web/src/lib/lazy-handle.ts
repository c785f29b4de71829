/**
 * Access to something the first screen should not pay for (supabase-js, TanStack Query): created by `load` on
 * the first `get()`, by which time the code that needs it has asked for it. No imports: costs nothing in the
 * initial bundle.
 */
export interface LazyHandle<T> {
  /** The value, loading it on the first call. */
  get(): Promise<T>;
  /** The value if it is loaded already. */
  current(): T | null;
  /** Resolves when someone has loaded the value (never starts the load itself). */
  whenLoaded(): Promise<T>;
}

/** A handle that calls `load` on first use; a failed load (a chunk that did not arrive offline) is tried again. */
export function lazyHandle<T>(load: () => Promise<T>): LazyHandle<T> {
  let value: T | null = null;
  let loading: Promise<T> | null = null;
  let announce: (value: T) => void = () => {};
  const loaded = new Promise<T>((resolve) => (announce = resolve));
  return {
    get() {
      loading ??= load().then(
        (v) => {
          value = v;
          announce(v);
          return v;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    current: () => value,
    whenLoaded: () => loaded,
  };
}

/** A handle for a value that exists already (tests, or wherever it is at hand). */
export function readyHandle<T>(value: T): LazyHandle<T> {
  const ready = Promise.resolve(value);
  return { get: () => ready, current: () => value, whenLoaded: () => ready };
}
