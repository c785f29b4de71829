import { useNavigate, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { OverlayProvider } from '@/app/overlay-provider';
import { AccountUnavailable } from '@/features/auth/components/account-unavailable';

/** The signed-in area could not start: no usable profile, or it failed to load. */
export function AccountErrorRoute({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const navigate = useNavigate();
  return (
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
  );
}
