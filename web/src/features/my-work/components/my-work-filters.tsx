import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURE_STATUSES, type MeasureStatus } from '@/config/measure-status';
import { hasFilters } from '@/features/my-work/lib/my-work-groups';
import {
  MY_WORK_SORTS,
  UNASSIGNED,
  type MyWorkSearch,
  type MyWorkSort,
} from '@/features/my-work/schemas/my-work-search';

export interface FilterOptions {
  indicators: { no: number; name: string }[];
  /** Heads only: the people assigned in their department's measures. */
  assignees: { id: string; name: string }[] | null;
}

interface MyWorkFiltersProps {
  search: MyWorkSearch;
  options: FilterOptions;
  onChange: (patch: Partial<MyWorkSearch>) => void;
}

/** Search, status, indicator, assignee (heads) and sort; every change goes to the URL. */
export function MyWorkFilters({ search, options, onChange }: MyWorkFiltersProps) {
  const { t } = useTranslation();
  // The box updates at once; the URL follows after a pause in typing.
  const [text, setText] = useState(search.q ?? '');
  const [syncedQ, setSyncedQ] = useState(search.q);
  if (search.q !== syncedQ) {
    // The URL changed from elsewhere (back button, "clear filters"): show it.
    setSyncedQ(search.q);
    setText(search.q ?? '');
  }
  // Phones: the selects fold away behind a button; wider screens always show them.
  const [isOpen, { toggle }] = useDisclosure(false);
  const activeCount = [search.status, search.indicator, search.assignee].filter((v) => v !== undefined).length;
  const pushText = useDebouncedCallback((value: string) => onChange({ q: value.trim() || undefined }), 300);

  const sortLabels: Record<MyWorkSort, string> = {
    due: t('myWork.filters.sortDue'),
    status: t('myWork.filters.sortStatus'),
    indicator: t('myWork.filters.sortIndicator'),
  };

  return (
    <Stack gap="sm" role="search" aria-label={t('myWork.filters.label')}>
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('myWork.filters.search')}
          placeholder={t('myWork.filters.searchPlaceholder')}
          leftSection={<IconSearch aria-hidden="true" size={16} />}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            pushText(event.currentTarget.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              pushText.flush();
            }
          }}
          style={{ flex: '1 1 auto', maxWidth: 560 }}
        />
        <Button
          hiddenFrom="sm"
          variant="default"
          leftSection={<IconAdjustmentsHorizontal aria-hidden="true" size={16} />}
          aria-expanded={isOpen}
          aria-controls="my-work-filter-fields"
          onClick={toggle}
          style={{ flex: '0 0 auto' }}
        >
          {activeCount > 0 ? t('myWork.filters.toggleWithCount', { count: activeCount }) : t('myWork.filters.toggle')}
        </Button>
      </Group>
      <Group id="my-work-filter-fields" gap="sm" align="flex-end" wrap="wrap" visibleFrom={isOpen ? undefined : 'sm'}>
        <Select
          label={t('myWork.filters.status')}
          placeholder={t('myWork.filters.allStatuses')}
          data={MEASURE_STATUSES.map((status) => ({ value: status, label: t(`measureStatus.${status}`) }))}
          value={search.status ?? null}
          onChange={(value) => onChange({ status: (value as MeasureStatus | null) ?? undefined })}
          clearable
          style={{ flex: '1 1 160px' }}
        />
        <Select
          label={t('myWork.filters.indicator')}
          placeholder={t('myWork.filters.allIndicators')}
          data={options.indicators.map((i) => ({
            value: String(i.no),
            label: t('myWork.row.indicator', { no: i.no, name: i.name }),
          }))}
          value={search.indicator !== undefined ? String(search.indicator) : null}
          onChange={(value) => onChange({ indicator: value ? Number(value) : undefined })}
          clearable
          style={{ flex: '1 1 200px' }}
        />
        {options.assignees ? (
          <Select
            label={t('myWork.filters.assignee')}
            placeholder={t('myWork.filters.allAssignees')}
            data={[
              ...options.assignees.map((a) => ({ value: a.id, label: a.name })),
              { value: UNASSIGNED, label: t('myWork.filters.unassigned') },
            ]}
            value={search.assignee ?? null}
            onChange={(value) => onChange({ assignee: value ?? undefined })}
            clearable
            searchable
            style={{ flex: '1 1 200px' }}
          />
        ) : null}
        <Select
          label={t('myWork.filters.sort')}
          data={MY_WORK_SORTS.map((sort) => ({ value: sort, label: sortLabels[sort] }))}
          value={search.sort ?? 'due'}
          onChange={(value) => onChange({ sort: value && value !== 'due' ? (value as MyWorkSort) : undefined })}
          allowDeselect={false}
          style={{ flex: '0 1 180px' }}
        />
        {hasFilters(search) ? (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff aria-hidden="true" size={16} />}
            onClick={() => {
              pushText.cancel();
              onChange({ status: undefined, indicator: undefined, assignee: undefined, q: undefined });
            }}
          >
            {t('myWork.filters.clear')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
