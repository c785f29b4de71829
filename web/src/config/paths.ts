import { ROLES, type Role } from '@/config/roles';

/**
 * The route table: every path of the app and who may open it. `app/router.tsx` builds the routes from it
 * (and checks at compile time that each path exists), guards use `roles`, the navbar lists `nav` entries.
 * Links use the typed router: `<Link to={paths.myWork.path} />`.
 */
interface PathEntry {
  readonly path: string;
  /** Roles allowed; absent = public (login) or every signed-in user. */
  readonly roles?: readonly Role[];
}

const ALL: readonly Role[] = ROLES;

export const paths = {
  home: { path: '/', roles: ALL },
  login: { path: '/login' },
  myWork: { path: '/my-work', roles: ['staff', 'head'] },
  plan: { path: '/plan', roles: ALL },
  measure: { path: '/measures/$measureId', roles: ALL },
  review: { path: '/review', roles: ['head', 'admin'] },
  dashboard: { path: '/dashboard', roles: ['director', 'admin', 'head', 'staff'] },
  reports: { path: '/reports', roles: ['director', 'admin', 'head'] },
  reportsPrint: { path: '/reports/print', roles: ['director', 'admin', 'head'] },
  notifications: { path: '/notifications', roles: ALL },
  admin: { path: '/admin', roles: ['admin'] },
  adminDepartments: { path: '/admin/departments', roles: ['admin'] },
  adminUsers: { path: '/admin/users', roles: ['admin'] },
  adminFrameworks: { path: '/admin/frameworks', roles: ['admin'] },
  adminPlans: { path: '/admin/plans', roles: ['admin'] },
  adminPlan: { path: '/admin/plans/$planId', roles: ['admin'] },
  adminImport: { path: '/admin/import', roles: ['admin'] },
} as const satisfies Record<string, PathEntry>;

export type PathName = keyof typeof paths;
export type AppPath = (typeof paths)[PathName]['path'];

export function canAccess(role: Role, name: PathName): boolean {
  const entry: PathEntry = paths[name];
  return entry.roles === undefined || entry.roles.includes(role);
}

/** Where `/` sends each role. */
export function homePathFor(role: Role) {
  switch (role) {
    case 'staff':
    case 'head':
      return paths.myWork.path;
    case 'director':
      return paths.dashboard.path;
    case 'admin':
      return paths.admin.path;
  }
}

/**
 * A same-origin path to return to after sign-in, or null. Refuses absolute and protocol-relative URLs
 * (open redirects) and the login page itself.
 */
export function safeRedirectPath(value: string | undefined | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value === paths.login.path || value.startsWith(`${paths.login.path}?`)) return null;
  return value;
}
