import { Alert } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';

/** A stub page for a feature still to be built: its heading and a short note. */
export function PlaceholderPage({ title, description }: { title: string; description?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title} description={description} />
      <Alert variant="light" color="gray" icon={<IconTools aria-hidden="true" />}>
        {t('common.comingSoon')}
      </Alert>
    </>
  );
}
