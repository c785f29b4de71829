/** Query keys of the import feature. */
export const importKeys = {
  all: ['import'] as const,
  context: (organizationId: string) => [...importKeys.all, 'context', organizationId] as const,
};

/**
 * Roots other features list plans and administration data under: a new plan refreshes them
 * (the fiscal-year picker, the admin screens). Measure data refreshes through `invalidateMeasureData`.
 */
export const PLAN_LIST_ROOTS = [['plans'], ['admin']] as const;
