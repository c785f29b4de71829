import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/placeholder-page';
import { useSelectedFiscalYear } from '@/lib/fiscal-year';

/** /dashboard: progress summary for the director, the ITA coordinator and heads. */
export function DashboardPage() {
  const { t } = useTranslation();
  const fiscalYear = useSelectedFiscalYear();
  return (
    <PlaceholderPage title={t('nav.dashboard')} description={t('pages.dashboardDescription', { year: fiscalYear })} />
  );
}
