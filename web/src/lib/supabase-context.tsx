import { createContext, use, useContext, type ReactNode } from 'react';
import type { AppSupabaseClient, SupabaseHandle } from '@/lib/supabase-handle';

const SupabaseContext = createContext<SupabaseHandle | null>(null);

/** Provides the Supabase client to hooks: the app's lazily loaded singleton, or a test-stack client in tests. */
export function SupabaseProvider({ handle, children }: { handle: SupabaseHandle; children: ReactNode }) {
  return <SupabaseContext value={handle}>{children}</SupabaseContext>;
}

export function useSupabaseHandle(): SupabaseHandle {
  const handle = useContext(SupabaseContext);
  if (!handle) throw new Error('useSupabase() must be used inside <SupabaseProvider>');
  return handle;
}

/**
 * The client for queries and mutations. In the signed-in area the route guard has loaded it already;
 * elsewhere the component suspends until supabase-js has loaded.
 */
export function useSupabase(): AppSupabaseClient {
  const handle = useSupabaseHandle();
  return handle.current() ?? use(handle.get());
}
