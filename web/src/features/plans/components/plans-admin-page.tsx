import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/placeholder-page';

/** /admin/plans: the ITA coordinator creates and closes fiscal-year plans. */
export function PlansAdminPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.plans')} />;
}
