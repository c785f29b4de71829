import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/placeholder-page';

/** /admin/users */
export function UsersPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.users')} />;
}
