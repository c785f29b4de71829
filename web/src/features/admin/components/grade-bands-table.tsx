import { Button, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openConfirmDialog } from '@/components/confirm-dialog';
import { useDeleteGradeBand } from '@/features/admin/api/delete-grade-band';
import type { FrameworkDetail, GradeBand } from '@/features/admin/api/get-framework';
import { GradeBandModal } from '@/features/admin/components/grade-band-modal';
import { RowActions } from '@/features/admin/components/row-actions';

/** The grade bands of a framework (AA…F up to 2565, ผ่านดีเยี่ยม…ต้องปรับปรุงโดยด่วน from 2566). */
export function GradeBandsTable({ framework }: { framework: FrameworkDetail }) {
  const { t } = useTranslation();
  const remove = useDeleteGradeBand();
  const [editing, setEditing] = useState<GradeBand | null | undefined>(undefined);
  const nextSortOrder = framework.bands.reduce((max, b) => Math.max(max, b.sort_order), 0) + 1;

  const handleDelete = async (band: GradeBand) => {
    const result = await openConfirmDialog({
      title: t('admin.frameworks.deleteBandTitle', { label: band.label }),
      message: t('admin.frameworks.deleteBandMessage'),
      confirmLabel: t('admin.common.delete'),
      danger: true,
    });
    if (result.confirmed) remove.mutate({ id: band.id });
  };

  return (
    <section aria-labelledby="grade-bands-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="grade-bands-heading">
          {t('admin.frameworks.bands')}
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus aria-hidden="true" size={16} />}
          onClick={() => setEditing(null)}
        >
          {t('admin.frameworks.addBand')}
        </Button>
      </Group>
      {framework.bands.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('admin.frameworks.noBands')}
        </Text>
      ) : (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.frameworks.bandLabel')}</Table.Th>
              <Table.Th scope="col">{t('admin.frameworks.scoreRange')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {framework.bands.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>{b.label}</Table.Td>
                <Table.Td>
                  {b.min_score.toFixed(2)} – {b.max_score.toFixed(2)}
                </Table.Td>
                <Table.Td>
                  <RowActions
                    editLabel={t('admin.frameworks.editBandLabel', { label: b.label })}
                    deleteLabel={t('admin.frameworks.deleteBandLabel', { label: b.label })}
                    onEdit={() => setEditing(b)}
                    onDelete={() => void handleDelete(b)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <GradeBandModal
        frameworkId={framework.id}
        band={editing ?? null}
        nextSortOrder={nextSortOrder}
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
      />
    </section>
  );
}
