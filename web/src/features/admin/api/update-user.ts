import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import type { Role } from '@/config/roles';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface UpdateUserInput {
  user_id: string;
  role: Role;
  department_id: string | null;
  full_name: string;
  position: string;
}

/** Role, department, name and position of a user (`admin_update_user`; nobody changes their own role). */
export async function updateUser(supabase: AppSupabaseClient, { department_id, ...input }: UpdateUserInput) {
  return unwrap(await supabase.rpc('admin_update_user', { ...input, ...(department_id ? { department_id } : {}) }));
}

export function useUpdateUser() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateUserInput) => updateUser(supabase, input),
    onSuccess: () => invalidateAdminData(queryClient),
    meta: { errorToast: false },
  });
}
