import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/components/form/use-error-message';
import { useSignIn } from '@/features/auth/api/sign-in';
import { ForgotPasswordHelp } from '@/features/auth/components/forgot-password-help';
import { loginFormSchema, type LoginFormValues } from '@/features/auth/schemas/login-schema';
import { toUserMessage } from '@/lib/errors';
import { useSupabaseHandle } from '@/lib/supabase-context';

type FieldErrors = Partial<Record<keyof LoginFormValues, string>>;

/**
 * E-mail and password; errors are shown above the fields and announced.
 *
 * The one form in the app without react-hook-form: it is on the login page, whose JS budget
 * (≤ 150 KB gzip) has no room for it. It validates with the same kind of zod schema and shows the
 * same translated messages as the form fields in `components/form/`.
 */
export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const supabase = useSupabaseHandle();
  const [values, setValues] = useState<LoginFormValues>({ email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailError = useErrorMessage(errors.email);
  const passwordError = useErrorMessage(errors.password);

  // The page renders without supabase-js; fetch it now, while the person types.
  useEffect(() => {
    void supabase.get();
  }, [supabase]);

  const handleChange = (field: keyof LoginFormValues) => (value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = loginFormSchema.safeParse(values);
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof LoginFormValues;
        next[field] ??= issue.message;
      }
      setErrors(next);
      (next.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    signIn.mutate(parsed.data, { onSuccess: onSignedIn });
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {signIn.error ? (
          <Alert
            role="alert"
            color="red"
            variant="light"
            title={t('auth.signInFailed')}
            icon={<IconAlertCircle aria-hidden="true" />}
          >
            {toUserMessage(signIn.error, t)}
          </Alert>
        ) : null}
        <TextInput
          ref={emailRef}
          name="email"
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          placeholder={t('auth.emailPlaceholder')}
          required
          value={values.email}
          onChange={(event) => handleChange('email')(event.currentTarget.value)}
          error={emailError}
        />
        <PasswordInput
          ref={passwordRef}
          name="password"
          label={t('auth.password')}
          autoComplete="current-password"
          required
          value={values.password}
          onChange={(event) => handleChange('password')(event.currentTarget.value)}
          error={passwordError}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
        />
        <Button type="submit" fullWidth size="md" loading={signIn.isPending}>
          {t('auth.signIn')}
        </Button>
        <ForgotPasswordHelp />
      </Stack>
    </form>
  );
}
