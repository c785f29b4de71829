/** Query keys of the dashboard feature (rooted at `dashboard`, one of the measure-data roots in `lib/query-roots.ts`). */
export interface DashboardVars {
  /** B.E. fiscal year of the plan. */
  fiscalYear: number;
  /** ISO CE date the figures are computed at; undefined = today in Bangkok (the database decides). */
  asOf?: string;
}

export const dashboardKeys = {
  all: ['dashboard'] as const,
  plans: () => [...dashboardKeys.all, 'plan'] as const,
  plan: (vars: DashboardVars) => [...dashboardKeys.plans(), vars] as const,
};
