/** Query keys of the reports feature (root `reports`: measure changes refresh it, see lib/query-roots.ts). */
export const reportKeys = {
  all: ['reports'] as const,
  data: (vars: { organizationId: string; fiscalYear: number }) => [...reportKeys.all, 'data', vars] as const,
};
