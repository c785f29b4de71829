/**
 * What the person types on the login page, checked without a schema library (the login page's JS budget has
 * no room for zod). Messages are i18n keys, as in the zod form schemas (translated by the form fields).
 */
export interface LoginFormValues {
  email: string;
  password: string;
}

export type LoginFormErrors = Partial<Record<keyof LoginFormValues, string>>;

// zod's `z.email()` pattern: the login form accepts and refuses the same addresses as the other forms.
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** The trimmed values, or the first problem of each field. */
export function validateLoginForm(
  values: LoginFormValues,
): { success: true; data: LoginFormValues } | { success: false; errors: LoginFormErrors } {
  const email = values.email.trim();
  const errors: LoginFormErrors = {};
  if (!email) errors.email = 'validation.required';
  else if (!EMAIL.test(email)) errors.email = 'validation.email';
  if (!values.password) errors.password = 'validation.required';
  return errors.email || errors.password
    ? { success: false, errors }
    : { success: true, data: { email, password: values.password } };
}
