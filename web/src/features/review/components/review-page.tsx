import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/placeholder-page';

/** /review: submitted measures waiting for the head of department. */
export function ReviewPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.review')} description={t('pages.reviewDescription')} />;
}
