import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/placeholder-page';

/** /admin/frameworks */
export function FrameworksPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.frameworks')} />;
}
