import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/form/text-field';
import type { GradeBand } from '@/features/admin/api/get-framework';
import { useSaveGradeBand } from '@/features/admin/api/save-grade-band';
import { NumberField } from '@/features/admin/components/number-field';
import { gradeBandSchema, type GradeBandValues } from '@/features/admin/schemas/framework-schemas';
import { toUserMessage } from '@/lib/errors';

/** Adds or edits a grade band: label (AA…F, ผ่านดีเยี่ยม…) and its score range. */
export function GradeBandModal({
  frameworkId,
  band,
  nextSortOrder,
  opened,
  onClose,
}: {
  frameworkId: string;
  band: GradeBand | null;
  nextSortOrder: number;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useSaveGradeBand();
  const form = useForm<GradeBandValues>({
    resolver: zodResolver(gradeBandSchema),
    values: {
      label: band?.label ?? '',
      minScore: band?.min_score ?? 0,
      maxScore: band?.max_score ?? 100,
      sortOrder: band?.sort_order ?? nextSortOrder,
    },
  });

  const handleClose = () => {
    mutation.reset();
    form.reset();
    onClose();
  };

  const handleSubmit = form.handleSubmit((v) =>
    mutation.mutate(
      {
        ...(band ? { id: band.id } : {}),
        frameworkId,
        values: { label: v.label, min_score: v.minScore, max_score: v.maxScore, sort_order: v.sortOrder },
      },
      { onSuccess: handleClose },
    ),
  );

  return (
    <Modal
      opened={opened}
      onClose={handleClose}
      title={band ? t('admin.frameworks.editBand') : t('admin.frameworks.addBand')}
      centered
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {mutation.error ? (
            <Alert color="red" role="alert">
              {toUserMessage(mutation.error, t)}
            </Alert>
          ) : null}
          <TextField
            control={form.control}
            name="label"
            label={t('admin.frameworks.bandLabel')}
            required
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <NumberField
              control={form.control}
              name="minScore"
              label={t('admin.frameworks.minScore')}
              min={0}
              max={100}
            />
            <NumberField
              control={form.control}
              name="maxScore"
              label={t('admin.frameworks.maxScore')}
              min={0}
              max={100}
            />
            <NumberField
              control={form.control}
              name="sortOrder"
              label={t('admin.departments.sortOrder')}
              min={0}
              allowDecimal={false}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={handleClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
