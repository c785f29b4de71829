import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/placeholder-page';
import { useSelectedFiscalYear } from '@/lib/fiscal-year';

/** /my-work: the measures assigned to the signed-in staff member or head. */
export function MyWorkPage() {
  const { t } = useTranslation();
  const fiscalYear = useSelectedFiscalYear();
  return <PlaceholderPage title={t('nav.myWork')} description={t('pages.myWorkDescription', { year: fiscalYear })} />;
}
