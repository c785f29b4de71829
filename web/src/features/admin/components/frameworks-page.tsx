import { Button, Card, Divider, Group, NativeSelect, Stack } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import { useFramework } from '@/features/admin/api/get-framework';
import { useFrameworks } from '@/features/admin/api/get-frameworks';
import { FrameworkIndicatorsTable } from '@/features/admin/components/framework-indicators-table';
import { FrameworkSettingsForm } from '@/features/admin/components/framework-settings-form';
import { FrameworkYearModal } from '@/features/admin/components/framework-year-modal';
import { GradeBandsTable } from '@/features/admin/components/grade-bands-table';

/** /admin/frameworks: the ITA framework of each fiscal year: group weights, indicators, grade bands. */
export function FrameworksPage({ organizationId, fiscalYear }: { organizationId: string; fiscalYear: number }) {
  const { t } = useTranslation();
  const frameworks = useFrameworks(organizationId);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const list = frameworks.data ?? [];
  // The chosen one, else the selected fiscal year's, else the newest.
  const selected = list.find((f) => f.id === chosenId) ?? list.find((f) => f.fiscal_year === fiscalYear) ?? list[0];

  return (
    <>
      <PageHeader
        title={t('nav.frameworks')}
        description={t('admin.frameworks.description')}
        actions={
          <Button leftSection={<IconCopy aria-hidden="true" size={18} />} onClick={() => setIsAdding(true)}>
            {t('admin.frameworks.addYear')}
          </Button>
        }
      />
      {frameworks.isPending ? (
        <LoadingSkeleton />
      ) : frameworks.isError ? (
        <ErrorState error={frameworks.error} onRetry={() => void frameworks.refetch()} />
      ) : !selected ? (
        <EmptyState title={t('admin.frameworks.emptyTitle')} description={t('admin.frameworks.emptyText')} />
      ) : (
        <Stack gap="lg">
          <Group>
            <NativeSelect
              label={t('admin.frameworks.fiscalYear')}
              data={list.map((f) => ({
                value: f.id,
                label: t('admin.frameworks.yearOption', { year: f.fiscal_year }),
              }))}
              value={selected.id}
              onChange={(e) => setChosenId(e.currentTarget.value)}
              w={220}
            />
          </Group>
          <FrameworkEditor key={selected.id} frameworkId={selected.id} />
        </Stack>
      )}
      <FrameworkYearModal
        organizationId={organizationId}
        frameworks={list}
        opened={isAdding}
        onClose={() => setIsAdding(false)}
        onCreated={setChosenId}
      />
    </>
  );
}

function FrameworkEditor({ frameworkId }: { frameworkId: string }) {
  const framework = useFramework(frameworkId);
  if (framework.isPending) return <LoadingSkeleton />;
  if (framework.isError) return <ErrorState error={framework.error} onRetry={() => void framework.refetch()} />;
  return (
    <Card withBorder padding="lg">
      <Stack gap="xl">
        <FrameworkSettingsForm framework={framework.data} />
        <Divider />
        <FrameworkIndicatorsTable framework={framework.data} />
        <Divider />
        <GradeBandsTable framework={framework.data} />
      </Stack>
    </Card>
  );
}
