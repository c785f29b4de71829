import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/placeholder-page';

/** /measures/$measureId: one measure with its evidence, history and workflow actions. */
export function MeasurePage({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('pages.measureTitle')} description={measureId} />;
}
