import { Button, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openConfirmDialog } from '@/components/confirm-dialog';
import { useDeleteFrameworkIndicator } from '@/features/admin/api/delete-framework-indicator';
import type { FrameworkDetail, FrameworkIndicator } from '@/features/admin/api/get-framework';
import { FrameworkIndicatorModal } from '@/features/admin/components/framework-indicator-modal';
import { RowActions } from '@/features/admin/components/row-actions';
import { INDICATOR_GROUPS } from '@/features/admin/schemas/framework-schemas';

/** The indicators of a framework with the weight total of each group against the group's weight. */
export function FrameworkIndicatorsTable({ framework }: { framework: FrameworkDetail }) {
  const { t } = useTranslation();
  const remove = useDeleteFrameworkIndicator();
  const [editing, setEditing] = useState<FrameworkIndicator | null | undefined>(undefined);
  const groupWeight = { IIT: framework.iit_weight, EIT: framework.eit_weight, OIT: framework.oit_weight };
  const nextNo = framework.indicators.reduce((max, i) => Math.max(max, i.no), 0) + 1;

  const handleDelete = async (ind: FrameworkIndicator) => {
    const result = await openConfirmDialog({
      title: t('admin.frameworks.deleteIndicatorTitle', { no: ind.no, name: ind.name }),
      message: t('admin.frameworks.deleteIndicatorMessage'),
      confirmLabel: t('admin.common.delete'),
      danger: true,
    });
    if (result.confirmed) remove.mutate({ id: ind.id });
  };

  return (
    <section aria-labelledby="framework-indicators-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="framework-indicators-heading">
          {t('admin.frameworks.indicators')}
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus aria-hidden="true" size={16} />}
          onClick={() => setEditing(null)}
        >
          {t('admin.frameworks.addIndicator')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.frameworks.no')}</Table.Th>
              <Table.Th scope="col">{t('admin.frameworks.indicatorName')}</Table.Th>
              <Table.Th scope="col">{t('admin.frameworks.group')}</Table.Th>
              <Table.Th scope="col">{t('admin.frameworks.weight')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {framework.indicators.map((ind) => (
              <Table.Tr key={ind.id}>
                <Table.Td>{ind.no}</Table.Td>
                <Table.Td>{ind.name}</Table.Td>
                <Table.Td>{ind.group}</Table.Td>
                <Table.Td>{ind.weight ?? '-'}</Table.Td>
                <Table.Td>
                  <RowActions
                    editLabel={t('admin.frameworks.editIndicatorLabel', { no: ind.no })}
                    deleteLabel={t('admin.frameworks.deleteIndicatorLabel', { no: ind.no })}
                    onEdit={() => setEditing(ind)}
                    onDelete={() => void handleDelete(ind)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {framework.indicators.length === 0 ? (
        <Text c="dimmed" size="sm" mt="xs">
          {t('admin.frameworks.noIndicators')}
        </Text>
      ) : (
        <Group gap="lg" mt="xs">
          {INDICATOR_GROUPS.map((g) => {
            const sum = framework.indicators.filter((i) => i.group === g).reduce((s, i) => s + (i.weight ?? 0), 0);
            const matches = Math.abs(sum - groupWeight[g]) < 0.005;
            return (
              <Text key={g} size="sm" c={matches ? 'dimmed' : 'orange.9'}>
                {t(matches ? 'admin.frameworks.groupSum' : 'admin.frameworks.groupSumOff', {
                  group: g,
                  sum: Number(sum.toFixed(2)),
                  weight: groupWeight[g],
                })}
              </Text>
            );
          })}
        </Group>
      )}
      <FrameworkIndicatorModal
        frameworkId={framework.id}
        indicator={editing ?? null}
        nextNo={nextNo}
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
      />
    </section>
  );
}
