import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/placeholder-page';

/** /reports: quarterly, 6-month and annual reports (logic in features/reports/lib). */
export function ReportsPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.reports')} description={t('pages.reportsDescription')} />;
}
