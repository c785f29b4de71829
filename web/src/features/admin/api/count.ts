import { ApiError } from '@/lib/errors';

/** The row count of a `select('id', { count: 'exact', head: true })` request, or throws like `unwrap`. */
export function countOf(result: {
  count: number | null;
  error: { message: string; code?: string | null; hint?: string | null; details?: string | null } | null;
  status: number;
}): number {
  if (result.error) throw new ApiError({ ...result.error, status: result.status });
  return result.count ?? 0;
}
