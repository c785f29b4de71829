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
import type { i18n as I18n } from 'i18next';
import type { QueryClientHandle } from '@/app/query-client-handle';
import {
  dashboardSearch,
  fiscalYearSearch,
  loginSearch,
  myWorkSearch,
  reportPrintSearch,
  reviewSearch,
} from '@/app/search-params';
import { NotFoundPage, RouteErrorPage } from '@/app/routes/lazy-error-pages';
import { LoginRoute } from '@/app/routes/login';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { canAccess, homePathFor, paths, safeRedirectPath, type AppPath, type PathName } from '@/config/paths';
import type { Role } from '@/config/roles';
import { AppError } from '@/lib/errors';
import type { SupabaseHandle } from '@/lib/supabase-handle';

/**
 * The route tree (code-based). Every page component is loaded lazily, so the login page ships without the
 * app shell and the feature pages; so is everything a guard needs once a session may exist (TanStack Query,
 * supabase-js, the rest of the texts: `app/session.ts`). To add a page: add its path to `config/paths.ts`, a
 * route below (`getParentRoute`, `path`, `beforeLoad: requireRole('<name>')`, `component:
 * lazyRouteComponent(...)`, search params as a plain function in `app/search-params.ts`), and add it to
 * `routeTree`; put it in the navbar in `app/layout/nav-items.ts` if it belongs there.
 */
export interface RouterContext {
  /** The query client, created when a guard first needs it; signed-in routes get it as `queryClient`. */
  queries: QueryClientHandle;
  /** Guards load supabase-js only when a session may exist. */
  supabase: SupabaseHandle;
  /** The signed-in area loads the whole catalogue before it renders. */
  i18n: I18n;
}

const loadSession = () => import('@/app/session');

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

// ── Public ────────────────────────────────────────────────────────────────────

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.login.path,
  validateSearch: loginSearch,
  beforeLoad: async ({ context, search }) => {
    // Nothing stored: certainly signed out, and the page renders without loading anything more.
    if (!context.supabase.mayHaveSession()) return;
    const session = await (await loadSession()).storedSession(context);
    if (session) throw redirect({ href: safeRedirectPath(search.redirect) ?? '/', replace: true });
  },
  component: LoginRoute,
});

// ── Signed in ─────────────────────────────────────────────────────────────────

/** Signed-in area: the session and profile, and the fiscal year (`?fy=`, kept across links). */
const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authenticated',
  validateSearch: fiscalYearSearch,
  search: { middlewares: [retainSearchParams(['fy'])] },
  beforeLoad: async ({ context, location, search }) => {
    const signedIn = context.supabase.mayHaveSession()
      ? await (await loadSession()).signedInContext(context, search.fy)
      : null;
    if (!signedIn) throw redirect({ to: paths.login.path, search: { redirect: location.href } });
    return signedIn;
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
  validateSearch: myWorkSearch,
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
  validateSearch: reviewSearch,
  beforeLoad: requireRole('review'),
  component: lazyRouteComponent(() => import('@/app/routes/review'), 'ReviewRoute'),
});

const dashboardRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: paths.dashboard.path,
  // ?asOf=yyyy-mm-dd: look at the year as it stood on that date.
  validateSearch: dashboardSearch,
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
  validateSearch: reportPrintSearch,
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
