/** Query keys of the plans feature. */
export const planKeys = {
  all: ['plans'] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  list: (filters: { organizationId: string }) => [...planKeys.lists(), filters] as const,
  details: () => [...planKeys.all, 'detail'] as const,
  detail: (planId: string) => [...planKeys.details(), planId] as const,
};
