import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { safeRedirectPath } from '@/config/paths';
import { LoginPage } from '@/features/auth/components/login-page';

const route = getRouteApi('/login');

/** /login?redirect=…: after signing in, back to where the person was going (same-origin paths only). */
export function LoginRoute() {
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  return <LoginPage onSignedIn={() => void navigate({ href: safeRedirectPath(redirect) ?? '/', replace: true })} />;
}
