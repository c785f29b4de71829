import { Badge, Box, Grid, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import type { Role } from '@/config/roles';
import { useDepartments } from '@/features/review/api/get-departments';
import { useReviewQueue } from '@/features/review/api/get-review-queue';
import { ReviewItemPanel } from '@/features/review/components/review-item-panel';
import { ReviewQueueList } from '@/features/review/components/review-queue-list';
import { nextAfterDecision } from '@/features/review/lib/queue-navigation';
import type { ReviewSearch } from '@/features/review/schemas/review-search';

export interface ReviewViewer {
  role: Role;
  organizationId: string;
  departmentId: string | null;
  departmentName: string | null;
}

interface ReviewPageProps {
  viewer: ReviewViewer;
  search: ReviewSearch;
  onSearchChange: (patch: Partial<ReviewSearch>) => void;
  /** The submission's evidence, read-only (the route composes the evidence feature's viewer). */
  renderEvidence: (measureId: string) => ReactNode;
  now?: Date;
}

/**
 * /review: submitted measures of the head's department (admins: every department, with a filter), oldest first,
 * in a split view: the queue beside the open item with its evidence and the approve/return decision.
 * After a decision the next item opens.
 */
export function ReviewPage({ viewer, search, onSearchChange, renderEvidence, now: fixedNow }: ReviewPageProps) {
  const { t } = useTranslation();
  const [pageNow] = useState(() => new Date());
  const now = fixedNow ?? pageNow;
  const isAdmin = viewer.role === 'admin';
  const departmentId = isAdmin ? (search.department ?? null) : viewer.departmentId;
  const queue = useReviewQueue({ organizationId: viewer.organizationId, departmentId });
  const departments = useDepartments({ organizationId: viewer.organizationId, enabled: isAdmin });
  // Wide screens open the oldest item straight away; phones start with the list.
  const isWide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });

  const description =
    !isAdmin && viewer.departmentName
      ? t('review.descriptionHead', { department: viewer.departmentName })
      : t('review.descriptionAdmin');
  const departmentFilter = isAdmin ? (
    <Select
      label={t('review.departmentFilter')}
      placeholder={t('review.allDepartments')}
      data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
      value={search.department ?? null}
      onChange={(value) => onSearchChange({ department: value ?? undefined, measure: undefined })}
      clearable
      searchable
      w={{ base: '100%', xs: 280 }}
    />
  ) : null;
  const header = <PageHeader title={t('nav.review')} description={description} actions={departmentFilter} />;

  if (queue.isPending) {
    return (
      <>
        {header}
        <LoadingSkeleton lines={6} />
      </>
    );
  }
  if (queue.isError) {
    return (
      <>
        {header}
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} isRetrying={queue.isFetching} />
      </>
    );
  }

  const items = queue.data;
  const ids = items.map((item) => item.id);
  const selectedId = search.measure ?? (isWide ? ids[0] : undefined);
  const index = selectedId ? ids.indexOf(selectedId) : -1;

  if (items.length === 0 && !selectedId) {
    return (
      <>
        {header}
        <EmptyState
          icon={<IconClipboardCheck size={28} />}
          title={t('review.emptyTitle')}
          description={t(search.department ? 'review.emptyDepartmentText' : 'review.emptyText')}
        />
      </>
    );
  }

  const handleDecided = (kind: 'approve' | 'return') => {
    const decided = items.find((item) => item.id === selectedId);
    notifications.show({
      color: kind === 'approve' ? 'green' : 'orange',
      message: t(kind === 'approve' ? 'review.approvedToast' : 'review.returnedToast', { title: decided?.title ?? '' }),
    });
    onSearchChange({ measure: selectedId ? nextAfterDecision(ids, selectedId) : undefined });
  };

  return (
    <>
      {header}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          {/* On phones an open item replaces the list (CSS only, so the list keeps its place for the next visit). */}
          <Box visibleFrom={selectedId ? 'md' : undefined}>
            <Group gap="xs" mb="xs">
              <Title order={2} size="h4" id="review-queue-heading">
                {t('review.queueHeading')}
              </Title>
              <Badge variant="light" color="violet" c="violet.9" aria-hidden="true">
                {items.length}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed" mb="xs" role="status">
              {t('review.queueCount', { count: items.length })}
            </Text>
            {items.length > 0 ? (
              <ReviewQueueList
                items={items}
                selectedId={selectedId}
                showDepartment={isAdmin}
                now={now}
                labelledBy="review-queue-heading"
              />
            ) : (
              <Text size="sm">{t('review.emptyTitle')}</Text>
            )}
          </Box>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          {selectedId ? (
            <ReviewItemPanel
              measureId={selectedId}
              position={index >= 0 ? { index: index + 1, count: items.length } : null}
              previousId={index > 0 ? ids[index - 1] : undefined}
              nextId={index >= 0 ? ids[index + 1] : ids[0]}
              evidence={renderEvidence(selectedId)}
              onDecided={handleDecided}
            />
          ) : (
            <Paper withBorder radius="md" p="lg" visibleFrom="md">
              <Stack align="center" gap="xs">
                <Text c="dimmed">{t('review.selectPrompt')}</Text>
              </Stack>
            </Paper>
          )}
        </Grid.Col>
      </Grid>
    </>
  );
}
