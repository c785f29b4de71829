/** Query keys of the my-work feature (rooted at `my-work`, one of the measure-data roots in `lib/query-roots.ts`). */
export interface MyWorkListVars {
  organizationId: string;
  /** B.E. fiscal year of the plan. */
  fiscalYear: number;
  /** Staff: measures assigned to this user; heads: their department's measures. */
  scope: { kind: 'assigned'; userId: string } | { kind: 'department'; departmentId: string };
}

export const myWorkKeys = {
  all: ['my-work'] as const,
  lists: () => [...myWorkKeys.all, 'list'] as const,
  list: (vars: MyWorkListVars) => [...myWorkKeys.lists(), vars] as const,
};
