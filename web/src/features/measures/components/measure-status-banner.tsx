import { Alert, Text } from '@mantine/core';
import { IconArrowBackUp, IconBan, IconLock, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MeasureDetail } from '@/features/measures/api/get-measure';
import type { MeasurePermissions } from '@/features/measures/lib/measure-permissions';
import { useDisplayLocale } from '@/features/measures/lib/use-display-locale';
import { formatDateTime } from '@/lib/dates';

/**
 * What the status means for the people on the page: the reason a measure was returned (prominent, for the
 * assignees who must act on it), the approval lock, the cancellation reason, the pending review.
 */
export function MeasureStatusBanner({
  measure,
  permissions,
}: {
  measure: MeasureDetail;
  permissions: MeasurePermissions;
}) {
  const { t } = useTranslation();
  const locale = useDisplayLocale();
  const changedAt = measure.status_changed_at ? formatDateTime(measure.status_changed_at, { locale }) : null;
  const changedBy = measure.status_changer?.full_name ?? null;

  switch (measure.status) {
    case 'returned':
      return (
        <Alert
          color="orange"
          variant="light"
          title={t('measures.banner.returnedTitle')}
          icon={<IconArrowBackUp aria-hidden="true" />}
          styles={{ root: { borderInlineStart: '4px solid var(--mantine-color-orange-7)' } }}
        >
          {measure.status_reason ? (
            <>
              <Text size="sm" fw={700}>
                {t('measures.banner.returnedReason')}
              </Text>
              <Text size="md" style={{ whiteSpace: 'pre-line' }} mb="xs">
                {measure.status_reason}
              </Text>
            </>
          ) : null}
          {changedAt ? (
            <Text size="sm" c="dimmed">
              {changedBy
                ? t('measures.banner.returnedBy', { name: changedBy, at: changedAt })
                : t('measures.banner.returnedAt', { at: changedAt })}
            </Text>
          ) : null}
          {permissions.actions.includes('start') ? (
            <Text size="sm" mt="xs">
              {t('measures.banner.returnedNext')}
            </Text>
          ) : null}
        </Alert>
      );
    case 'approved': {
      const approvedAt = measure.approved_at ? formatDateTime(measure.approved_at, { locale }) : null;
      const approver = measure.approver?.full_name ?? null;
      return (
        <Alert
          color="green"
          variant="light"
          title={t('measures.banner.approvedTitle')}
          icon={<IconLock aria-hidden="true" />}
        >
          {approvedAt ? (
            <Text size="sm">
              {approver
                ? t('measures.banner.approvedBy', { name: approver, at: approvedAt })
                : t('measures.banner.approvedAt', { at: approvedAt })}
            </Text>
          ) : null}
          {measure.status_reason ? (
            <Text size="sm">{t('measures.banner.note', { note: measure.status_reason })}</Text>
          ) : null}
          <Text size="sm" c="dimmed" mt={4}>
            {t('measures.banner.approvedText')}
          </Text>
        </Alert>
      );
    }
    case 'cancelled':
      return (
        <Alert
          color="red"
          variant="light"
          title={t('measures.banner.cancelledTitle')}
          icon={<IconBan aria-hidden="true" />}
        >
          {measure.status_reason ? (
            <>
              <Text size="sm" fw={700}>
                {t('measures.banner.cancelledReason')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {measure.status_reason}
              </Text>
            </>
          ) : null}
        </Alert>
      );
    case 'submitted':
      return (
        <Alert
          color="violet"
          variant="light"
          title={t('measures.banner.submittedTitle')}
          icon={<IconSend aria-hidden="true" />}
        >
          {measure.submitted_at ? (
            <Text size="sm">
              {t('measures.banner.submittedAt', { at: formatDateTime(measure.submitted_at, { locale }) })}
            </Text>
          ) : null}
          {measure.status_reason ? (
            <Text size="sm">{t('measures.banner.note', { note: measure.status_reason })}</Text>
          ) : null}
        </Alert>
      );
    case 'not_started':
    case 'in_progress':
      return null;
  }
}
