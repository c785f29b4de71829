import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/placeholder-page';

/** /notifications */
export function NotificationsPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.notifications')} description={t('pages.notificationsDescription')} />;
}
