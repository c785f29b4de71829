import type { RouterContext } from '@/app/router';
import { ensureSession, requireUser } from '@/features/auth/api/require-user';
import { plansQueryOptions } from '@/features/plans/api/get-plans';
import { defaultFiscalYear } from '@/features/plans/lib/default-fiscal-year';
import { loadFullCatalogues } from '@/i18n/i18n';
import { currentFiscalYear } from '@/lib/dates';

/**
 * The route guards' work once a session may exist, loaded with TanStack Query and supabase-js when a guard
 * first needs them: a signed-out visitor's login page never loads this module.
 */

/** /login: the session, when one is stored (the page then sends the person on). */
export async function storedSession(context: RouterContext) {
  const queryClient = await context.queries.get();
  return ensureSession({ queryClient, supabase: context.supabase });
}

/**
 * The signed-in area: the session, the active profile and the fiscal year (`?fy=`, else the organisation's
 * default), with every text of the app loaded. null when signed out.
 */
export async function signedInContext(context: RouterContext, requestedFiscalYear: number | undefined) {
  const [queryClient] = await Promise.all([context.queries.get(), loadFullCatalogues(context.i18n)]);
  const user = await requireUser({ queryClient, supabase: context.supabase });
  if (!user) return null;
  const fiscalYear = requestedFiscalYear ?? (await resolveFiscalYear(context, user.profile.organization.id));
  return { queryClient, session: user.session, profile: user.profile, fiscalYear };
}

async function resolveFiscalYear(context: RouterContext, organizationId: string) {
  const thisYear = currentFiscalYear();
  try {
    const [supabase, queryClient] = await Promise.all([context.supabase.get(), context.queries.get()]);
    const plans = await queryClient.ensureQueryData(plansQueryOptions(supabase, organizationId));
    return defaultFiscalYear(plans, thisYear);
  } catch {
    return thisYear; // The pages show the plans error themselves.
  }
}
