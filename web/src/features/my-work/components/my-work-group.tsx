import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyWorkMeasure } from '@/features/my-work/api/get-my-work';
import { MyWorkRow } from '@/features/my-work/components/my-work-row';
import type { MyWorkGroup as GroupName } from '@/features/my-work/lib/my-work-groups';

const GROUP_COLOR: Record<GroupName, string> = {
  overdue: 'red',
  dueSoon: 'orange',
  returned: 'orange',
  awaitingReview: 'violet',
  other: 'gray',
};

interface MyWorkGroupProps {
  group: GroupName;
  measures: MyWorkMeasure[];
  isHead: boolean;
  now: Date;
}

/** One section of /my-work: a heading with its count and hint, then its measures. */
export function MyWorkGroup({ group, measures, isHead, now }: MyWorkGroupProps) {
  const { t } = useTranslation();
  const headingId = `my-work-group-${group}`;
  const hint =
    group === 'returned'
      ? t(isHead ? 'myWork.hints.returnedHead' : 'myWork.hints.returnedStaff')
      : t(`myWork.hints.${group}`);
  return (
    <Stack component="section" gap="xs" aria-labelledby={headingId}>
      <div>
        <Group gap="xs" align="center">
          <Title order={2} size="h3" id={headingId}>
            {t(`myWork.groups.${group}`)}
          </Title>
          <Badge variant="light" color={GROUP_COLOR[group]} c={`${GROUP_COLOR[group]}.9`} aria-hidden="true">
            {measures.length}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {hint} · {t('myWork.groupCount', { count: measures.length })}
        </Text>
      </div>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={headingId}>
        {measures.map((measure) => (
          <MyWorkRow key={measure.id} measure={measure} now={now} canReview={isHead && group === 'awaitingReview'} />
        ))}
      </Stack>
    </Stack>
  );
}
