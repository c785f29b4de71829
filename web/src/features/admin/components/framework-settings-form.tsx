import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormError } from '@/components/form/form-error';
import { TextField } from '@/components/form/text-field';
import { TextareaField } from '@/components/form/textarea-field';
import type { FrameworkDetail } from '@/features/admin/api/get-framework';
import { useUpdateFramework } from '@/features/admin/api/update-framework';
import { NumberField } from '@/features/admin/components/number-field';
import { frameworkSettingsSchema, type FrameworkSettingsValues } from '@/features/admin/schemas/framework-schemas';

/** Name, group weights (IIT/EIT/OIT, which should add up to 100), pass score and notes of a framework. */
export function FrameworkSettingsForm({ framework }: { framework: FrameworkDetail }) {
  const { t } = useTranslation();
  const mutation = useUpdateFramework();
  const form = useForm<FrameworkSettingsValues>({
    resolver: zodResolver(frameworkSettingsSchema),
    values: {
      name: framework.name,
      iitWeight: framework.iit_weight,
      eitWeight: framework.eit_weight,
      oitWeight: framework.oit_weight,
      passScore: framework.pass_score,
      notes: framework.notes ?? '',
    },
  });
  const [iit, eit, oit] = useWatch({ control: form.control, name: ['iitWeight', 'eitWeight', 'oitWeight'] });
  const total = (iit ?? 0) + (eit ?? 0) + (oit ?? 0);

  const handleSubmit = form.handleSubmit((v) =>
    mutation.mutate(
      {
        frameworkId: framework.id,
        changes: {
          name: v.name,
          iit_weight: v.iitWeight,
          eit_weight: v.eitWeight,
          oit_weight: v.oitWeight,
          pass_score: v.passScore,
          notes: v.notes || null,
        },
      },
      { onSuccess: () => notifications.show({ color: 'green', message: t('admin.frameworks.saved') }) },
    ),
  );

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('admin.frameworks.settings')}>
      <Stack gap="md">
        <FormError error={mutation.error} />
        <TextField control={form.control} name="name" label={t('admin.frameworks.name')} required />
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <NumberField
            control={form.control}
            name="iitWeight"
            label={t('admin.frameworks.iitWeight')}
            min={0}
            max={100}
          />
          <NumberField
            control={form.control}
            name="eitWeight"
            label={t('admin.frameworks.eitWeight')}
            min={0}
            max={100}
          />
          <NumberField
            control={form.control}
            name="oitWeight"
            label={t('admin.frameworks.oitWeight')}
            min={0}
            max={100}
          />
          <NumberField
            control={form.control}
            name="passScore"
            label={t('admin.frameworks.passScore')}
            min={0}
            max={100}
          />
        </SimpleGrid>
        <Text size="sm" c={total === 100 ? 'dimmed' : 'orange.9'} role={total === 100 ? undefined : 'status'}>
          {total === 100 ? t('admin.frameworks.weightsTotal', { total }) : t('admin.frameworks.weightsOff', { total })}
        </Text>
        <TextareaField control={form.control} name="notes" label={t('admin.frameworks.notes')} minRows={2} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending} disabled={!form.formState.isDirty}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
