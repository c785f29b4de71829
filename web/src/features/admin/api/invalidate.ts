import type { QueryClient } from '@tanstack/react-query';
import { adminKeys, adminPlanKeys } from '@/features/admin/api/query-keys';
import { invalidateMeasureData } from '@/lib/query-roots';

/**
 * After an admin change: the admin screens, the plans every feature lists, and every view of measure data
 * (department names, owners and plan status show up in all of them).
 */
export function invalidateAdminData(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: adminKeys.all }),
    queryClient.invalidateQueries({ queryKey: adminPlanKeys.root }),
    invalidateMeasureData(queryClient),
  ]);
}
