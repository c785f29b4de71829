/**
 * Query keys of the admin feature. Administration data lives under `admin`; plans under `plans` and measures
 * under `measures`, the roots other features use for the same rows, so that one invalidation refreshes every
 * view of them (the fiscal-year picker, the plan overview, dashboards).
 */
export const adminKeys = {
  all: ['admin'] as const,
  summary: (vars: { organizationId: string; fiscalYear: number }) => [...adminKeys.all, 'summary', vars] as const,
  departments: (organizationId: string) => [...adminKeys.all, 'departments', organizationId] as const,
  users: (organizationId: string) => [...adminKeys.all, 'users', organizationId] as const,
  frameworks: (organizationId: string) => [...adminKeys.all, 'frameworks', organizationId] as const,
  framework: (frameworkId: string) => [...adminKeys.all, 'framework', frameworkId] as const,
};

export const adminPlanKeys = {
  /** The plans feature's root: its plan lists (e.g. the fiscal-year picker) refresh with these. */
  root: ['plans'] as const,
  all: ['plans', 'admin'] as const,
  list: (organizationId: string) => [...adminPlanKeys.all, 'list', organizationId] as const,
  detail: (planId: string) => [...adminPlanKeys.all, 'detail', planId] as const,
};

export const adminMeasureKeys = {
  all: ['measures', 'admin'] as const,
  byPlan: (planId: string) => [...adminMeasureKeys.all, 'plan', planId] as const,
};
