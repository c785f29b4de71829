import { notifications } from '@mantine/notifications';
import { MutationCache, QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { isRetryableError, toUserMessage } from '@/lib/errors';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** false when the component shows the error itself (e.g. inline in a form). Default: a toast. */
      errorToast?: boolean;
    };
  }
}

/** postgrest-js already retries idempotent requests (network errors, 503, 520) with backoff: one more is enough. */
const MAX_QUERY_RETRIES = 1;

export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_QUERY_RETRIES && isRetryableError(error);
}

export interface QueryClientOptions {
  /** Translates the default error toast; the app passes its i18n instance's `t`. */
  t: TFunction;
  /** Tests pass false. */
  retry?: false;
}

/** Shows a mutation error as a toast in the current language. */
export function showErrorToast(error: unknown, t: TFunction) {
  notifications.show({
    color: 'red',
    title: t('common.errorTitle'),
    message: toUserMessage(error, t),
    autoClose: 8000,
  });
}

export function createQueryClient({ t, retry }: QueryClientOptions): QueryClient {
  return new QueryClient({
    mutationCache: new MutationCache({
      // The default Thai error toast of every mutation; opt out with `meta: { errorToast: false }`.
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.errorToast !== false) showErrorToast(error, t);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        retry: retry ?? shouldRetryQuery,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
