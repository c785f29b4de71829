import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { IconCopy, IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import { useAdminPlans } from '@/features/admin/api/get-admin-plans';
import { useFrameworks } from '@/features/admin/api/get-frameworks';
import { PlanCloneModal } from '@/features/admin/components/plan-clone-modal';
import { PlanCreateModal } from '@/features/admin/components/plan-create-modal';
import { paths } from '@/config/paths';

/** /admin/plans: the organisation's plans per fiscal year; create one, or copy last year's. */
export function PlansPage({ organizationId, fiscalYear }: { organizationId: string; fiscalYear: number }) {
  const { t } = useTranslation();
  const plans = useAdminPlans(organizationId);
  const frameworks = useFrameworks(organizationId);
  const [dialog, setDialog] = useState<'create' | 'clone' | null>(null);
  const list = plans.data ?? [];
  const years = new Set(list.map((p) => p.fiscal_year));
  const suggestedYear = years.has(fiscalYear) ? Math.max(...years) + 1 : fiscalYear;

  return (
    <>
      <PageHeader
        title={t('nav.plans')}
        description={t('admin.plans.description')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconCopy aria-hidden="true" size={18} />}
              onClick={() => setDialog('clone')}
              disabled={list.length === 0}
            >
              {t('admin.plans.clone')}
            </Button>
            <Button leftSection={<IconPlus aria-hidden="true" size={18} />} onClick={() => setDialog('create')}>
              {t('admin.plans.create')}
            </Button>
          </>
        }
      />
      {plans.isPending ? (
        <LoadingSkeleton />
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : list.length === 0 ? (
        <EmptyState title={t('admin.plans.emptyTitle')} description={t('admin.plans.emptyText')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption>{t('admin.plans.caption', { count: list.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.plans.fiscalYear')}</Table.Th>
                <Table.Th scope="col">{t('admin.plans.title')}</Table.Th>
                <Table.Th scope="col">{t('admin.common.status')}</Table.Th>
                <Table.Th scope="col">{t('admin.plans.score')}</Table.Th>
                <Table.Th scope="col">{t('admin.plans.indicatorCount')}</Table.Th>
                <Table.Th scope="col">{t('admin.plans.measureCount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor
                      fw={700}
                      renderRoot={(props) => <Link {...props} to={paths.adminPlan.path} params={{ planId: p.id }} />}
                    >
                      {t('admin.plans.yearOption', { year: p.fiscal_year })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.title}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={p.status === 'active' ? 'blue' : 'gray'}>
                      {t(`planStatus.${p.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {p.ita_score === null ? '-' : p.ita_score.toFixed(2)}
                    {p.ita_grade ? ` (${p.ita_grade})` : ''}
                  </Table.Td>
                  <Table.Td>{p.indicators}</Table.Td>
                  <Table.Td>{p.measures}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <PlanCreateModal
        frameworks={frameworks.data ?? []}
        suggestedYear={suggestedYear}
        opened={dialog === 'create'}
        onClose={() => setDialog(null)}
      />
      <PlanCloneModal plans={list} opened={dialog === 'clone'} onClose={() => setDialog(null)} />
    </>
  );
}
