import { ActionIcon, Badge, Button, Group, MultiSelect, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openConfirmDialog } from '@/components/confirm-dialog';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { useAssignMeasure } from '@/features/measures/api/assign-measure';
import { useDepartmentMembers } from '@/features/measures/api/get-department-members';
import type { MeasureAssignee } from '@/features/measures/api/get-measure-assignees';
import { useUnassignMeasure } from '@/features/measures/api/unassign-measure';

interface AssigneesCardProps {
  measureId: string;
  departmentId: string;
  assignees: MeasureAssignee[] | undefined;
  assigneesError: unknown;
  onRetry: () => void;
  viewerId: string;
  canAssign: boolean;
}

function AssignForm({
  measureId,
  departmentId,
  assignedIds,
}: {
  measureId: string;
  departmentId: string;
  assignedIds: string[];
}) {
  const { t } = useTranslation();
  const members = useDepartmentMembers(departmentId, { enabled: true });
  const assign = useAssignMeasure();
  const [selected, setSelected] = useState<string[]>([]);
  const candidates = (members.data ?? []).filter((member) => !assignedIds.includes(member.id));

  if (members.isError) return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;

  const handleAssign = () => {
    if (selected.length === 0) return;
    assign.mutate(
      { measureId, userIds: selected },
      {
        onSuccess: () => {
          setSelected([]);
          notifications.show({ color: 'green', message: t('measures.assignees.assigned') });
        },
      },
    );
  };

  return (
    <Stack gap="xs">
      <MultiSelect
        label={t('measures.assignees.add')}
        placeholder={candidates.length > 0 ? t('measures.assignees.addPlaceholder') : undefined}
        data={candidates.map((member) => ({
          value: member.id,
          label: member.position ? `${member.full_name} (${member.position})` : member.full_name,
        }))}
        value={selected}
        onChange={setSelected}
        searchable
        clearable
        disabled={members.isPending || candidates.length === 0}
        description={!members.isPending && candidates.length === 0 ? t('measures.assignees.noCandidates') : undefined}
        nothingFoundMessage={t('common.emptyTitle')}
        comboboxProps={{ withinPortal: true }}
      />
      <Group justify="flex-end">
        <Button
          size="sm"
          leftSection={<IconUserPlus aria-hidden="true" size={16} />}
          onClick={handleAssign}
          disabled={selected.length === 0}
          loading={assign.isPending}
        >
          {t('measures.assignees.assign')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Who is responsible; heads of the owner department and admins assign and unassign (until approval). */
export function AssigneesCard({
  measureId,
  departmentId,
  assignees,
  assigneesError,
  onRetry,
  viewerId,
  canAssign,
}: AssigneesCardProps) {
  const { t } = useTranslation();
  const unassign = useUnassignMeasure();

  const handleUnassign = async (assignee: MeasureAssignee) => {
    const name = assignee.profile?.full_name ?? t('measures.activity.someone');
    const result = await openConfirmDialog({
      title: t('measures.assignees.removeTitle'),
      message: t('measures.assignees.removeMessage', { name }),
      confirmLabel: t('measures.assignees.removeConfirm'),
      cancelLabel: t('common.close'),
      danger: true,
    });
    if (!result.confirmed) return;
    unassign.mutate(
      { measureId, userId: assignee.user_id },
      { onSuccess: () => notifications.show({ color: 'green', message: t('measures.assignees.removed', { name }) }) },
    );
  };

  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      radius="md"
      component="section"
      aria-labelledby="measure-assignees-heading"
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="measure-assignees-heading">
          {t('measures.assignees.title')}
        </Title>
        {assigneesError ? (
          <ErrorState error={assigneesError} onRetry={onRetry} />
        ) : !assignees ? (
          <LoadingSkeleton lines={2} />
        ) : assignees.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('measures.assignees.none')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {assignees.map((assignee) => {
              const name = assignee.profile?.full_name ?? t('measures.activity.someone');
              return (
                <Group component="li" key={assignee.user_id} justify="space-between" wrap="nowrap" gap="xs">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Group gap={6} wrap="wrap">
                      <Text size="sm" fw={500}>
                        {name}
                        {assignee.user_id === viewerId ? ` (${t('measures.assignees.you')})` : ''}
                      </Text>
                      {assignee.profile && !assignee.profile.is_active ? (
                        <Badge size="xs" color="gray" c="gray.9" variant="light" radius="sm">
                          {t('measures.assignees.inactive')}
                        </Badge>
                      ) : null}
                    </Group>
                    {assignee.profile?.position ? (
                      <Text size="xs" c="dimmed">
                        {assignee.profile.position}
                      </Text>
                    ) : null}
                  </Stack>
                  {canAssign ? (
                    <Tooltip label={t('measures.assignees.remove', { name })} withinPortal>
                      <ActionIcon
                        variant="subtle"
                        color="red.8"
                        size="lg"
                        aria-label={t('measures.assignees.remove', { name })}
                        onClick={() => void handleUnassign(assignee)}
                        loading={unassign.isPending && unassign.variables.userId === assignee.user_id}
                      >
                        <IconUserMinus aria-hidden="true" size={18} />
                      </ActionIcon>
                    </Tooltip>
                  ) : null}
                </Group>
              );
            })}
          </Stack>
        )}
        {canAssign && assignees ? (
          <AssignForm measureId={measureId} departmentId={departmentId} assignedIds={assignees.map((a) => a.user_id)} />
        ) : null}
      </Stack>
    </Paper>
  );
}
