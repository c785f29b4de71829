import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import type { Role } from '@/config/roles';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface CreateUserInput {
  email: string;
  password: string;
  full_name: string;
  position: string;
  role: Role;
  department_id: string | null;
}

/** A confirmed e-mail/password account and its profile in the admin's organisation (`admin_create_user`). */
export async function createUser(supabase: AppSupabaseClient, input: CreateUserInput) {
  const { department_id, ...rest } = input;
  return unwrap(await supabase.rpc('admin_create_user', { ...rest, ...(department_id ? { department_id } : {}) }));
}

export function useCreateUser() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => createUser(supabase, input),
    onSuccess: () => invalidateAdminData(queryClient),
    meta: { errorToast: false },
  });
}
