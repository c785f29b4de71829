import { Constants, type Enums } from '@/lib/database.types';

/** Roles (database enum `public.user_role`). */
export const ROLES = Constants.public.Enums.user_role;
export type Role = Enums<'user_role'>;

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);
