import type { Session } from '@supabase/supabase-js';
import { getRouteApi, useNavigate, useRouter } from '@tanstack/react-router';
import { safeRedirectPath } from '@/config/paths';
import { authKeys } from '@/features/auth/api/query-keys';
import { LoginPage } from '@/features/auth/components/login-page';

const route = getRouteApi('/login');

/** /login?redirect=…: after signing in, back to where the person was going (same-origin paths only). */
export function LoginRoute() {
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const { queries } = useRouter().options.context;
  const handleSignedIn = (session: Session) => {
    // A query cache from before (signed out in this tab) still says "no session": the guards read it.
    queries.current()?.setQueryData(authKeys.session(), session);
    void navigate({ href: safeRedirectPath(redirect) ?? '/', replace: true });
  };
  return <LoginPage onSignedIn={handleSignedIn} />;
}
