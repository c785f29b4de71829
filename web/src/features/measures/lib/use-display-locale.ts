import { useTranslation } from 'react-i18next';
import type { DisplayLocale } from '@/lib/dates';

/** The locale dates are formatted in: Thai (B.E.) unless the person switched to English. */
export function useDisplayLocale(): DisplayLocale {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'th';
}
