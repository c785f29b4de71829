import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { Session } from '@supabase/supabase-js';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/components/form/use-error-message';
import { useSignIn } from '@/features/auth/api/sign-in';
import { ForgotPasswordHelp } from '@/features/auth/components/forgot-password-help';
import { validateLoginForm, type LoginFormErrors, type LoginFormValues } from '@/features/auth/schemas/login-schema';
import { toUserMessage } from '@/lib/errors';
import { useSupabaseHandle } from '@/lib/supabase-context';

/** Tabler's "alert-circle" drawn inline: the icon library's runtime is not worth its weight on this page. */
function AlertCircleIcon() {
  return (
    <svg
      aria-hidden="true"
      width="24"
      height="24"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M3 12a9 9 0 1 0 18 0a9 9 0 0 0 -18 0" />
      <path d="M12 8v4" />
      <path d="M12 16h.01" />
    </svg>
  );
}

/**
 * E-mail and password; errors are shown above the fields and announced.
 *
 * The one form in the app without react-hook-form and zod: it is on the login page, whose JS budget
 * (≤ 150 KB gzip) has no room for them. It checks the same things as a zod form schema would
 * (`validateLoginForm`) and shows the same translated messages as the form fields in `components/form/`.
 */
export function LoginForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const supabase = useSupabaseHandle();
  const [values, setValues] = useState<LoginFormValues>({ email: '', password: '' });
  const [errors, setErrors] = useState<LoginFormErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailError = useErrorMessage(errors.email);
  const passwordError = useErrorMessage(errors.password);

  // The page renders without supabase-js: it is fetched when the person starts on the form (focus, tap or
  // click), while they type. Submitting waits for it if it is still on its way.
  const loadClient = () => void supabase.get();

  const handleChange = (field: keyof LoginFormValues) => (value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = validateLoginForm(values);
    if (!parsed.success) {
      setErrors(parsed.errors);
      (parsed.errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    signIn.mutate(parsed.data, { onSuccess: onSignedIn });
  };

  return (
    <form onSubmit={handleSubmit} onFocus={loadClient} onPointerDown={loadClient} noValidate>
      <Stack gap="md">
        {signIn.error ? (
          <Alert role="alert" color="red" variant="light" title={t('auth.signInFailed')} icon={<AlertCircleIcon />}>
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
