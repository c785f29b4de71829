import type { QueryClient } from '@tanstack/react-query';
import type { MeasureDetail } from '@/features/measures/api/get-measure';
import { measureKeys } from '@/features/measures/api/query-keys';
import type { Tables } from '@/lib/database.types';
import { ApiError } from '@/lib/errors';

/** The measure columns a write returns. */
export type MeasureRow = Pick<Tables<'measures'>, 'id'> & Partial<Tables<'measures'>>;

/** Puts a measure row a write returned into the cached detail at once (new version included). */
export function mergeMeasureRow(queryClient: QueryClient, row: MeasureRow) {
  queryClient.setQueryData<MeasureDetail | null>(measureKeys.detail(row.id), (old) => (old ? { ...old, ...row } : old));
}

/** An update that matched no row: the measure is gone or the caller may not change it (row-level security). */
export function noRowUpdated(): ApiError {
  return new ApiError({ message: 'The measure was not changed', status: 403, code: '42501' });
}
