/**
 * Query keys of the measures feature (the measure detail page). Every key starts with the `measures`
 * root of `lib/query-roots.ts`, so `invalidateMeasureData` refreshes all of them after any change.
 */
export const measureKeys = {
  all: ['measures'] as const,
  details: () => [...measureKeys.all, 'detail'] as const,
  detail: (measureId: string) => [...measureKeys.details(), measureId] as const,
  assignees: (measureId: string) => [...measureKeys.detail(measureId), 'assignees'] as const,
  progressReports: (measureId: string) => [...measureKeys.detail(measureId), 'progress-reports'] as const,
  comments: (measureId: string) => [...measureKeys.detail(measureId), 'comments'] as const,
  activity: (measureId: string) => [...measureKeys.detail(measureId), 'activity'] as const,
  departmentMembers: (departmentId: string) => [...measureKeys.all, 'department-members', departmentId] as const,
};
