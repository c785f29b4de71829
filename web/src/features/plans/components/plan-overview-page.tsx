import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/placeholder-page';
import { useSelectedFiscalYear } from '@/lib/fiscal-year';

/** /plan: every measure of the selected fiscal year's plan. */
export function PlanOverviewPage() {
  const { t } = useTranslation();
  const fiscalYear = useSelectedFiscalYear();
  return <PlaceholderPage title={t('nav.plan')} description={t('pages.planDescription', { year: fiscalYear })} />;
}
