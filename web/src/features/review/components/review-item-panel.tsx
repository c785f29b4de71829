import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconChevronLeft, IconChevronRight, IconExternalLink } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { StatusBadge } from '@/components/status-badge';
import { useReviewItem } from '@/features/review/api/get-review-item';
import { ReviewDecisionForm } from '@/features/review/components/review-decision-form';
import { ReviewItemSummary } from '@/features/review/components/review-item-summary';

interface ReviewItemPanelProps {
  measureId: string;
  /** 1-based place in the queue, or null when the measure is not (or no longer) in it. */
  position: { index: number; count: number } | null;
  previousId: string | undefined;
  nextId: string | undefined;
  /** The evidence of the submission (composed by the route: features do not import each other). */
  evidence: ReactNode;
  onDecided: (kind: 'approve' | 'return') => void;
}

/** The open item of the review queue: summary, evidence, and the decision. */
export function ReviewItemPanel({
  measureId,
  position,
  previousId,
  nextId,
  evidence,
  onDecided,
}: ReviewItemPanelProps) {
  const { t } = useTranslation();
  const query = useReviewItem(measureId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isLoaded = query.isSuccess && query.data !== null;

  // Moving to another item (or arriving at the next one after a decision): start reading at its title.
  useEffect(() => {
    if (isLoaded) headingRef.current?.focus({ preventScroll: false });
  }, [measureId, isLoaded]);

  const backToList = (
    <Button
      renderRoot={(props) => (
        <Link to="/review" search={(previous) => ({ ...previous, measure: undefined })} {...props} />
      )}
      variant="subtle"
      leftSection={<IconArrowLeft aria-hidden="true" size={16} />}
      hiddenFrom="md"
      px={0}
      style={{ alignSelf: 'flex-start' }}
    >
      {t('review.backToList')}
    </Button>
  );

  if (query.isPending) return <LoadingSkeleton lines={8} />;
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching} />;
  }
  const item = query.data;
  if (!item) {
    return (
      <Stack>
        {backToList}
        <EmptyState title={t('review.notFoundTitle')} description={t('review.notFoundText')} />
      </Stack>
    );
  }

  const isSubmitted = item.status === 'submitted';
  return (
    <Stack gap="md">
      {backToList}
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" c="dimmed">
          {position ? t('review.position', { index: position.index, count: position.count }) : null}
        </Text>
        <Group gap="xs">
          <StepButton targetId={previousId} direction="previous" label={t('review.previous')} />
          <StepButton targetId={nextId} direction="next" label={t('review.next')} />
        </Group>
      </Group>

      <Stack gap={6}>
        <Title order={2} size="h3" ref={headingRef} tabIndex={-1} style={{ overflowWrap: 'anywhere', outline: 'none' }}>
          {item.no !== null ? `${item.no}. ${item.title}` : item.title}
        </Title>
        <Group gap="sm" wrap="wrap">
          <StatusBadge status={item.status} />
          <Anchor
            renderRoot={(props) => <Link to="/measures/$measureId" params={{ measureId: item.id }} {...props} />}
            size="sm"
          >
            <Group component="span" gap={4} wrap="nowrap">
              {t('review.openMeasure')}
              <IconExternalLink aria-hidden="true" size={14} />
            </Group>
          </Anchor>
        </Group>
      </Stack>

      <ReviewItemSummary item={item} />

      <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="review-evidence-heading">
        <Title order={3} size="h4" id="review-evidence-heading" mb="xs">
          {t('review.item.evidence')}
        </Title>
        {evidence}
      </Paper>

      {isSubmitted ? (
        <ReviewDecisionForm
          key={item.id}
          measureId={item.id}
          version={item.version}
          title={item.title}
          onDecided={onDecided}
        />
      ) : (
        <Alert variant="light" color="gray" title={t('review.notWaitingTitle')}>
          {t('review.notWaitingText')}
        </Alert>
      )}
    </Stack>
  );
}

/** Previous/next item: a link when there is one, a disabled button when not. */
function StepButton({
  targetId,
  direction,
  label,
}: {
  targetId: string | undefined;
  direction: 'previous' | 'next';
  label: string;
}) {
  const icon =
    direction === 'previous' ? (
      <IconChevronLeft aria-hidden="true" size={16} />
    ) : (
      <IconChevronRight aria-hidden="true" size={16} />
    );
  const sections = direction === 'previous' ? { leftSection: icon } : { rightSection: icon };
  if (!targetId) {
    return (
      <Button variant="default" size="xs" disabled {...sections}>
        {label}
      </Button>
    );
  }
  return (
    <Button
      renderRoot={(props) => (
        <Link to="/review" search={(previous) => ({ ...previous, measure: targetId })} {...props} />
      )}
      variant="default"
      size="xs"
      {...sections}
    >
      {label}
    </Button>
  );
}
