import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/placeholder-page';

/** /admin/import: import a plan from the ITA document (logic in features/import/lib). */
export function ImportPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.import')} />;
}
