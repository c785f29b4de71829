import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import type { Role } from '@/config/roles';
import { useMyWork, type MyWorkMeasure } from '@/features/my-work/api/get-my-work';
import type { MyWorkListVars } from '@/features/my-work/api/query-keys';
import { MyWorkFilters, type FilterOptions } from '@/features/my-work/components/my-work-filters';
import { MyWorkGroup } from '@/features/my-work/components/my-work-group';
import { filterMeasures, groupMeasures, hasFilters } from '@/features/my-work/lib/my-work-groups';
import type { MyWorkSearch } from '@/features/my-work/schemas/my-work-search';

export interface MyWorkViewer {
  id: string;
  role: Role;
  organizationId: string;
  departmentId: string | null;
  departmentName: string | null;
}

interface MyWorkPageProps {
  viewer: MyWorkViewer;
  /** B.E. */
  fiscalYear: number;
  search: MyWorkSearch;
  onSearchChange: (patch: Partial<MyWorkSearch>) => void;
  /** "Today" for due dates (Asia/Bangkok); tests pin it. */
  now?: Date;
}

function scopeOf(viewer: MyWorkViewer): MyWorkListVars['scope'] {
  return viewer.role === 'head' && viewer.departmentId
    ? { kind: 'department', departmentId: viewer.departmentId }
    : { kind: 'assigned', userId: viewer.id };
}

function filterOptions(measures: MyWorkMeasure[], isHead: boolean): FilterOptions {
  const indicators = new Map<number, string>();
  const assignees = new Map<string, string>();
  for (const m of measures) {
    if (m.indicator) indicators.set(m.indicator.no, m.indicator.name);
    for (const a of m.assignees) assignees.set(a.user_id, a.profile?.full_name ?? a.user_id);
  }
  return {
    indicators: [...indicators].sort(([a], [b]) => a - b).map(([no, name]) => ({ no, name })),
    assignees: isHead
      ? [...assignees].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'th'))
      : null,
  };
}

/**
 * /my-work: the measures assigned to a staff member, or a head's department's measures, in the selected fiscal
 * year's plan, grouped by what needs doing (overdue, due soon, returned, waiting for review, the rest).
 */
export function MyWorkPage({ viewer, fiscalYear, search, onSearchChange, now: fixedNow }: MyWorkPageProps) {
  const { t } = useTranslation();
  const [pageNow] = useState(() => new Date());
  const now = fixedNow ?? pageNow;
  const isHead = viewer.role === 'head';
  const query = useMyWork({ organizationId: viewer.organizationId, fiscalYear, scope: scopeOf(viewer) });

  const description =
    isHead && viewer.departmentName
      ? t('myWork.descriptionHead', { department: viewer.departmentName, year: fiscalYear })
      : t('myWork.descriptionStaff', { year: fiscalYear });
  const header = <PageHeader title={t('nav.myWork')} description={description} />;

  if (query.isPending) {
    return (
      <>
        {header}
        <LoadingSkeleton lines={6} />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {header}
        <ErrorState error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching} />
      </>
    );
  }
  const { plan, measures } = query.data;
  if (!plan) {
    return (
      <>
        {header}
        <EmptyState
          title={t('myWork.empty.noPlanTitle', { year: fiscalYear })}
          description={t('myWork.empty.noPlanText')}
        />
      </>
    );
  }
  if (measures.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          title={t(isHead ? 'myWork.empty.nothingHeadTitle' : 'myWork.empty.nothingStaffTitle')}
          description={t(isHead ? 'myWork.empty.nothingHeadText' : 'myWork.empty.nothingStaffText')}
        />
      </>
    );
  }

  const visible = filterMeasures(measures, search);
  const groups = groupMeasures(visible, { isHead, now, sort: search.sort });
  const clearFilters = () =>
    onSearchChange({ status: undefined, indicator: undefined, assignee: undefined, q: undefined });

  return (
    <>
      {header}
      <Stack gap="lg">
        <Stack gap={4}>
          <MyWorkFilters search={search} options={filterOptions(measures, isHead)} onChange={onSearchChange} />
          <Text size="sm" c="dimmed" role="status">
            {hasFilters(search)
              ? t('myWork.filters.resultCount', { count: visible.length, total: measures.length })
              : t('myWork.filters.total', { count: measures.length })}
          </Text>
        </Stack>
        {groups.length === 0 ? (
          <EmptyState
            title={t('myWork.empty.noMatchTitle')}
            description={t('myWork.empty.noMatchText')}
            action={
              <Button variant="light" onClick={clearFilters}>
                {t('myWork.filters.clear')}
              </Button>
            }
          />
        ) : (
          groups.map(({ group, measures: inGroup }) => (
            <MyWorkGroup key={group} group={group} measures={inGroup} isHead={isHead} now={now} />
          ))
        )}
      </Stack>
    </>
  );
}
