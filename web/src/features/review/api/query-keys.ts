/** Query keys of the review feature (rooted at `review`, a measure-data root in `lib/query-roots.ts`). */
export interface ReviewQueueVars {
  organizationId: string;
  /** A head's department, the admin's chosen department, or null for every department (admin). */
  departmentId: string | null;
}

export const reviewKeys = {
  all: ['review'] as const,
  queues: () => [...reviewKeys.all, 'queue'] as const,
  queue: (vars: ReviewQueueVars) => [...reviewKeys.queues(), vars] as const,
  items: () => [...reviewKeys.all, 'item'] as const,
  item: (measureId: string) => [...reviewKeys.items(), measureId] as const,
  departments: (organizationId: string) => [...reviewKeys.all, 'departments', organizationId] as const,
};
