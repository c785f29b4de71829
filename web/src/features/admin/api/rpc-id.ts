import { ApiError, unwrap } from '@/lib/errors';

/** The id an RPC returns (`returns uuid`); an empty answer is an error, not a missing value. */
export function rpcId(result: Parameters<typeof unwrap<string | null>>[0]): string {
  const id = unwrap(result);
  if (!id) throw new ApiError({ message: 'The server returned no id', status: result.status });
  return id;
}
