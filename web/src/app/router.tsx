import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
  retainSearchParams,
  type RouterHistory,
} from '@tanstack/react-router';
import * as z from 'zod/mini';
import { NotFoundPage, RouteErrorPage } from '@/app/routes/error-pages';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { canAccess, homePathFor, paths, safeRedirectPath, type AppPath, type PathName } from '@/config/paths';
import type { Role } from '@/config/roles';
import { ensureSession, requireUser } from '@/features/auth/api/require-user';
import { myWorkSearchSchema } from '@/features/my-work/schemas/my-work-search';
import { plansQueryOptions } from '@/features/plans/api/get-plans';
import { reportPrintSearchSchema } from '@/features/reports/components/report-search';
import { defaultFiscalYear } from '@/features/plans/lib/default-fiscal-year';
import { reviewSearchSchema } from '@/features/review/schemas/review-search';
import { currentFiscalYear } from '@/lib/dates';
import { AppError } from '@/lib/errors';
import { fiscalYearSearchSchema } from '@/lib/fiscal-year';
import type { SupabaseHandle } from '@/lib/supabase-handle';

/**
 * The route tree (code-based). Every page component is loaded lazily, so the login page ships without the
 * app shell and the feature pages. To add a page: add its path to `config/paths.ts`, a route below
 * (`getParentRoute`, `path`, `beforeLoad: requireRole('<name>')`, `component: lazyRouteComponent(...)`),
 * and add it to `routeTree`; put it in the navbar in `app/layout/nav-items.ts` if it belongs there.
 */
export interface RouterContext {
  queryClient: QueryClient;
  /** Guards load supabase-js only when a session may exist. */
  supabase: SupabaseHandle;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

// ── Public ────────────────────────────────────────────────────────────────────

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.login.path,
  validateSearch: z.object({ redirect: z.catch(z.optional(z.string()), undefined) }),
  beforeLoad: async ({ context, search }) => {
    if (await ensureSession(context)) throw redirect({ href: safeRedirectPath(search.redirect) ?? '/', replace: true });
  },
  component: lazyRouteComponent(() => import('@/app/routes/login'), 'LoginRoute'),
});

// ── Signed in ─────────────────────────────────────────────────────────────────

async function resolveFiscalYear(context: RouterContext, organizationId: string, requested: number | undefined) {
  if (requested !== undefined) return requested;
  const thisYear = currentFiscalYear();
  try {
    const supabase = await context.supabase.get();
    const plans = await context.queryClient.ensureQueryData(plansQueryOptions(supabase, organizationId));
    return defaultFiscalYear(plans, thisYear);
  } catch {
    return thisYear; // The pages show the plans error themselves.
  }
}

/** Signed-in area: the session and profile, and the fiscal year (`?fy=`, kept across links). */
const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authenticated',
  validateSearch: fiscalYearSearchSchema,
  search: { middlewares: [retainSearchParams(['fy'])] },
  beforeLoad: async ({ context, location, search }) => {
    const user = await requireUser(context);
    if (!user) throw redirect({ to: paths.login.path, search: { redirect: location.href } });
    const fiscalYear = await resolveFiscalYear(context, user.profile.organization.id, search.fy);
    return { session: user.session, profile: user.profile, fiscalYear };
  },
  component: lazyRouteComponent(() => import('@/app/layout/app-layout'), 'AppLayout'),
  errorComponent: lazyRouteComponent(() => import('@/app/routes/account-error'), 'AccountErrorRoute'),
});

/** `beforeLoad` of a page only some roles may open. */
const requireRole =
  (name: PathName) =>
  ({ context }: { context: { profile: { role: Role } } }) => {
    if (!canAccess(context.profile.role, name)) throw new AppError('forbidden');
  };

const indexRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    throw redirect({ to: homePathFor(context.profile.role), replace: true });
  },
});

const myWorkRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: paths.myWork.path,
  validateSearch: myWorkSearchSchema,
  beforeLoad: requireRole('myWork'),
  component: lazyRouteComponent(() => import('@/app/routes/my-work'), 'MyWorkRoute'),
});

const planRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: paths.plan.path,
  beforeLoad: requireRole('plan'),
  component: lazyRouteComponent(() => import('@/app/routes/plan-overview'), 'PlanOverviewRoute'),
});

const measureRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: paths.measure.path,
  beforeLoad: requireRole('measure'),
  component: lazyRouteComponent(() => import('@/app/routes/measure'), 'MeasureRoute'),
});

const reviewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: paths.review.path,
  validateSearch: reviewSearchSchema,
  beforeLoad: requireRole('review'),
  component: lazyRouteComponent(() => import('@/app/routes/review'), 'ReviewRoute'),
});

const dashboardRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: paths.dashboard.path,
  // ?asOf=yyyy-mm-dd: look at the year as it stood on that date.
  validateSearch: z.object({ asOf: z.catch(z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), undefined) }),
  beforeLoad: requireRole('dashboard'),
  component: lazyRouteComponent(() => import('@/app/routes/dashboard'), 'DashboardRoute'),
});

const reportsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: paths.reports.path,
  beforeLoad: requireRole('reports'),
  component: lazyRouteComponent(() => import('@/app/routes/reports'), 'ReportsRoute'),
});

const reportsPrintRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: paths.reportsPrint.path,
  validateSearch: reportPrintSearchSchema,
  beforeLoad: requireRole('reportsPrint'),
  component: lazyRouteComponent(() => import('@/app/routes/reports-print'), 'ReportsPrintRoute'),
});

const notificationsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: paths.notifications.path,
  beforeLoad: requireRole('notifications'),
  component: lazyRouteComponent(
    () => import('@/features/notifications/components/notifications-page'),
    'NotificationsPage',
  ),
});

// ── Administration (ITA coordinator) ─────────────────────────────────────────────

const adminRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: paths.admin.path,
  beforeLoad: requireRole('admin'),
});

const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  component: lazyRouteComponent(() => import('@/app/routes/admin-home'), 'AdminHomeRoute'),
});

const adminDepartmentsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'departments',
  component: lazyRouteComponent(() => import('@/app/routes/admin-departments'), 'AdminDepartmentsRoute'),
});

const adminUsersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'users',
  component: lazyRouteComponent(() => import('@/app/routes/admin-users'), 'AdminUsersRoute'),
});

const adminFrameworksRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'frameworks',
  component: lazyRouteComponent(() => import('@/app/routes/admin-frameworks'), 'AdminFrameworksRoute'),
});

const adminPlansRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'plans',
  component: lazyRouteComponent(() => import('@/app/routes/admin-plans'), 'AdminPlansRoute'),
});

const adminPlanRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'plans/$planId',
  component: lazyRouteComponent(() => import('@/app/routes/admin-plan'), 'AdminPlanRoute'),
});

const adminImportRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'import',
  component: lazyRouteComponent(() => import('@/app/routes/admin-import'), 'AdminImportRoute'),
});

export const routeTree = rootRoute.addChildren([
  loginRoute,
  authenticatedRoute.addChildren([
    indexRoute,
    myWorkRoute,
    planRoute,
    measureRoute,
    reviewRoute,
    dashboardRoute,
    reportsRoute,
    reportsPrintRoute,
    notificationsRoute,
    adminRoute.addChildren([
      adminIndexRoute,
      adminDepartmentsRoute,
      adminUsersRoute,
      adminFrameworksRoute,
      adminPlansRoute,
      adminPlanRoute,
      adminImportRoute,
    ]),
  ]),
]);

export function createAppRouter(context: RouterContext, options: { history?: RouterHistory } = {}) {
  return createRouter({
    routeTree,
    context,
    ...(options.history ? { history: options.history } : {}),
    defaultPreload: 'intent',
    // Guards read the query cache: let TanStack Query decide freshness, not the router.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: () => <LoadingSkeleton />,
    defaultPendingMs: 300,
    defaultErrorComponent: RouteErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}

// Every path in config/paths.ts is a real route (compile-time check).
type MissingPaths = Exclude<AppPath, keyof AppRouter['routesByPath']>;
const allPathsExist: [MissingPaths] extends [never] ? true : MissingPaths = true;
void allPathsExist;
