import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A measure's percent complete in a list row: a small bar (decorative) and the number, which screen readers
 * hear as "ความคืบหน้า 40%".
 */
export function PercentComplete({ percent }: { percent: number }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <Progress value={percent} w={72} size="sm" aria-hidden="true" />
      <Text size="sm" aria-label={t('percentComplete.label', { percent })}>
        {t('percentComplete.value', { percent })}
      </Text>
    </Group>
  );
}
