import { useTranslation } from 'react-i18next';

/**
 * Form schemas put i18n keys in their messages (`z.string().min(1, { error: 'validation.required' })`);
 * fields translate them here. Any other text is shown as it is.
 */
export function useErrorMessage(message: string | undefined): string | undefined {
  const { t, i18n } = useTranslation();
  if (!message) return undefined;
  return i18n.exists(message) ? (t as unknown as (key: string) => string)(message) : message;
}
