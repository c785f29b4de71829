import '@mantine/core/styles.layer.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { useNavigate, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { use } from 'react';
import { OverlayProvider } from '@/app/overlay-provider';
import { AccountUnavailable } from '@/features/auth/components/account-unavailable';

/** The signed-in area could not start: no usable profile, or it failed to load. */
export function AccountErrorRoute({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const navigate = useNavigate();
  // The guard failed after creating the query client, or while it loaded (then this waits for it).
  const queries = router.options.context.queries;
  const queryClient = queries.current() ?? use(queries.get());
  return (
    <QueryClientProvider client={queryClient}>
      <OverlayProvider>
        <AccountUnavailable
          error={error}
          onRetry={() => {
            reset();
            void router.invalidate();
          }}
          onSignedOut={() => void navigate({ to: '/login', replace: true })}
        />
      </OverlayProvider>
    </QueryClientProvider>
  );
}
