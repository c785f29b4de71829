/** Query keys of the plan-overview feature (rooted at `plan-overview`, a measure-data root in `lib/query-roots.ts`). */
export const planOverviewKeys = {
  all: ['plan-overview'] as const,
  details: () => [...planOverviewKeys.all, 'detail'] as const,
  detail: (vars: { organizationId: string; fiscalYear: number }) => [...planOverviewKeys.details(), vars] as const,
};
