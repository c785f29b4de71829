import * as z from 'zod/mini';

/**
 * What the person types on the login page. Messages are i18n keys (translated by the form fields).
 * zod/mini (functional checks) keeps the login page's JS small; it works with zodResolver like classic zod.
 */
export const loginFormSchema = z.object({
  email: z.pipe(
    z.string().check(z.trim(), z.minLength(1, { error: 'validation.required' })),
    z.email({ error: 'validation.email' }),
  ),
  password: z.string().check(z.minLength(1, { error: 'validation.required' })),
});

export type LoginFormValues = z.infer<typeof loginFormSchema>;
