import { Badge, Button, Card, Group, Spoiler, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/status-badge';
import type { PlanIndicator } from '@/features/admin/api/get-admin-plan';
import type { AdminMeasure } from '@/features/admin/api/get-plan-measures';
import { RowActions } from '@/features/admin/components/row-actions';
import { formatDate } from '@/lib/dates';

const LOCKED = new Set(['approved', 'cancelled']);
const DELETABLE = new Set(['not_started', 'cancelled']);

interface PlanIndicatorCardProps {
  indicator: PlanIndicator;
  measures: readonly AdminMeasure[];
  onEditIndicator: () => void;
  onDeleteIndicator: () => void;
  onAddMeasure: () => void;
  onEditMeasure: (m: AdminMeasure) => void;
  onDeleteMeasure: (m: AdminMeasure) => void;
}

/** One indicator of a plan: score, both analyses, and its measures with their owners and due dates. */
export function PlanIndicatorCard({
  indicator: ind,
  measures,
  onEditIndicator,
  onDeleteIndicator,
  onAddMeasure,
  onEditMeasure,
  onDeleteMeasure,
}: PlanIndicatorCardProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'th';
  const headingId = `plan-indicator-${ind.id}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Title order={3} size="h4" id={headingId}>
            {t('admin.plan.indicatorOption', { no: ind.no, name: ind.name })}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color="gray" c="gray.9">
              {ind.group}
            </Badge>
            <Text size="sm">
              {ind.score === null
                ? t('admin.plan.noScore')
                : t('admin.plan.scoreValue', { score: ind.score.toFixed(2) })}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPencil aria-hidden="true" size={16} />}
            aria-label={t('admin.plan.editIndicatorLabel', { no: ind.no })}
            onClick={onEditIndicator}
          >
            {t('admin.plan.editIndicator')}
          </Button>
          {measures.length === 0 ? (
            <Button
              size="xs"
              variant="subtle"
              color="red.8"
              aria-label={t('admin.plan.deleteIndicatorLabel', { no: ind.no })}
              onClick={onDeleteIndicator}
            >
              {t('admin.common.delete')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Spoiler maxHeight={72} showLabel={t('admin.plan.showMore')} hideLabel={t('admin.plan.showLess')} mt="sm">
        <Text size="sm" fw={700}>
          {t('admin.plan.analysis')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {ind.analysis || '-'}
        </Text>
        <Text size="sm" fw={700} mt="xs">
          {t('admin.plan.agencyAnalysis')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {ind.agency_analysis || '-'}
        </Text>
      </Spoiler>
      <Group justify="space-between" mt="md" mb="xs">
        <Text fw={700}>{t('admin.plan.measuresCount', { count: measures.length })}</Text>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus aria-hidden="true" size={16} />}
          aria-label={t('admin.plan.addMeasureLabel', { no: ind.no })}
          onClick={onAddMeasure}
        >
          {t('admin.plan.addMeasure')}
        </Button>
      </Group>
      {measures.length ? (
        <Table.ScrollContainer minWidth={680}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.plan.measureTitle')}</Table.Th>
                <Table.Th scope="col">{t('admin.plan.ownerDepartment')}</Table.Th>
                <Table.Th scope="col">{t('admin.plan.dueDate')}</Table.Th>
                <Table.Th scope="col">{t('admin.common.status')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {measures.map((m, i) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Text size="sm">
                      {m.no ?? i + 1}. {m.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.department.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.due_date ? formatDate(m.due_date, { locale }) : '-'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={m.status} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      editLabel={t('admin.plan.editMeasureLabel', { title: m.title })}
                      deleteLabel={t('admin.plan.deleteMeasureLabel', { title: m.title })}
                      onEdit={() => onEditMeasure(m)}
                      onDelete={() => onDeleteMeasure(m)}
                      editBlockedBy={LOCKED.has(m.status) ? t('admin.plan.lockedHint') : undefined}
                      deleteBlockedBy={DELETABLE.has(m.status) ? undefined : t('admin.plan.notDeletableHint')}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          {t('admin.plan.noMeasures')}
        </Text>
      )}
    </Card>
  );
}
