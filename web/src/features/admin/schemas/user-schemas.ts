import * as z from 'zod';
import { ROLES } from '@/config/roles';

/** Passwords the database accepts (private.check_password). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 72;

const password = z
  .string()
  .min(PASSWORD_MIN, { error: 'admin.validation.passwordLength' })
  .max(PASSWORD_MAX, { error: 'admin.validation.passwordLength' });

const profileFields = {
  fullName: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'admin.validation.tooLong' }),
  position: z.string().trim().max(200, { error: 'admin.validation.tooLong' }),
  role: z.enum(ROLES, { error: 'validation.required' }),
  /** '' = none (the director and the coordinator may have none). */
  departmentId: z.string(),
};

/** Heads and staff work in a department (the database's profiles_department_required). */
const needsDepartment = (v: { role: string; departmentId: string }) =>
  !(v.role === 'head' || v.role === 'staff') || v.departmentId !== '';
const departmentIssue = { error: 'admin.validation.departmentRequired', path: ['departmentId'] };

export const userCreateSchema = z
  .object({
    email: z
      .string()
      .trim()
      .min(1, { error: 'validation.required' })
      .pipe(z.email({ error: 'validation.email' })),
    password,
    ...profileFields,
  })
  .refine(needsDepartment, departmentIssue);

export type UserCreateValues = z.infer<typeof userCreateSchema>;

export const userEditSchema = z.object(profileFields).refine(needsDepartment, departmentIssue);

export type UserEditValues = z.infer<typeof userEditSchema>;

export const resetPasswordSchema = z
  .object({ password, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { error: 'admin.validation.passwordMismatch', path: ['confirm'] });

export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>;

/** A random password for a new account (letters without look-alikes, digits), 12 characters. */
export function generatePassword(random: (n: number) => number = cryptoRandom): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  return Array.from({ length: 12 }, () => alphabet[random(alphabet.length)]).join('');
}

function cryptoRandom(n: number): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return buf[0]! % n;
}
