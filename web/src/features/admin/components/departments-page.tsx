import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/placeholder-page';

/** /admin/departments */
export function DepartmentsPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.departments')} />;
}
