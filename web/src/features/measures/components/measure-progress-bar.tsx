import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Percent complete as a labelled bar plus the number in words (never the bar alone). */
export function MeasureProgressBar({ percent }: { percent: number }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <Progress
        value={percent}
        size="lg"
        radius="sm"
        color={percent >= 100 ? 'green' : 'blue'}
        aria-label={t('measures.progress.barLabel', { percent })}
        style={{ flex: 1 }}
      />
      <Text fw={700} size="sm" miw={72} ta="end">
        {t('measures.fields.percentValue', { percent })}
      </Text>
    </Group>
  );
}
