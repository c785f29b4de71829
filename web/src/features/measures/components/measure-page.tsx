import { Button, Grid, Paper, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import { useMeasure, type MeasureDetail } from '@/features/measures/api/get-measure';
import { useMeasureAssignees } from '@/features/measures/api/get-measure-assignees';
import { measureKeys } from '@/features/measures/api/query-keys';
import { ActivityTimeline } from '@/features/measures/components/activity-timeline';
import { AssigneesCard } from '@/features/measures/components/assignees-card';
import { CommentsSection } from '@/features/measures/components/comments-section';
import { MeasureActions } from '@/features/measures/components/measure-actions';
import { MeasureBreadcrumbs } from '@/features/measures/components/measure-breadcrumbs';
import { MeasureDetailsCard } from '@/features/measures/components/measure-details-card';
import { MeasureEditForm } from '@/features/measures/components/measure-edit-form';
import { MeasureNotFound } from '@/features/measures/components/measure-not-found';
import { MeasureProgressControl } from '@/features/measures/components/measure-progress-control';
import { MeasureStatusBanner } from '@/features/measures/components/measure-status-banner';
import { PanelErrorBoundary } from '@/features/measures/components/panel-error-boundary';
import { ProgressReportsSection } from '@/features/measures/components/progress-reports-section';
import { measurePermissions, type MeasureViewer } from '@/features/measures/lib/measure-permissions';
import type { Enums } from '@/lib/database.types';

/** What the evidence section gets (the evidence feature's `EvidencePanel` props, composed in app/). */
export interface EvidenceSlotProps {
  measure: {
    id: string;
    organization_id: string;
    department_id: string;
    status: Enums<'measure_status'>;
    version: number;
  };
  canUpload: boolean;
  canRemove: boolean;
  canRemoveAny: boolean;
  viewerId: string;
}

export interface MeasurePageProps {
  measureId: string;
  viewer: MeasureViewer;
  /** Renders the evidence section; app/ passes the evidence feature's panel (features don't import each other). */
  renderEvidence: (props: EvidenceSlotProps) => ReactNode;
}

interface MeasureViewProps extends Omit<MeasurePageProps, 'measureId'> {
  measure: MeasureDetail;
  assignees: ReturnType<typeof useMeasureAssignees>;
}

function MeasureView({ measure, assignees, viewer, renderEvidence }: MeasureViewProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isEditing, setIsEditing] = useState(false);
  const [isReloading, setIsReloading] = useState(false);
  const permissions = measurePermissions(
    viewer,
    measure,
    (assignees.data ?? []).map((a) => a.user_id),
  );
  const isEditingNow = isEditing && permissions.canEdit;

  /** Fetches the latest measure (after a conflict) and everything shown with it. */
  const reload = async (): Promise<MeasureDetail | null> => {
    setIsReloading(true);
    try {
      await queryClient.invalidateQueries({ queryKey: measureKeys.detail(measure.id) });
      return queryClient.getQueryData<MeasureDetail | null>(measureKeys.detail(measure.id)) ?? null;
    } finally {
      setIsReloading(false);
    }
  };
  const handleReload = () => void reload();

  return (
    <Stack gap="lg">
      <MeasureBreadcrumbs measure={measure} />
      <PageHeader
        title={measure.title}
        description={
          <Text span c="dimmed">
            {measure.no === null ? t('measures.pageTitle') : t('measures.measureNo', { no: measure.no })}
            {measure.department ? ` · ${measure.department.name}` : ''}
          </Text>
        }
        actions={
          permissions.canEdit && !isEditingNow ? (
            <Button
              variant="light"
              leftSection={<IconPencil aria-hidden="true" size={16} />}
              onClick={() => setIsEditing(true)}
            >
              {t('measures.edit.button')}
            </Button>
          ) : null
        }
      />
      <MeasureStatusBanner measure={measure} permissions={permissions} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <MeasureActions
              measure={measure}
              permissions={permissions}
              onReload={handleReload}
              isReloading={isReloading}
            />
            {isEditingNow ? (
              <MeasureEditForm measure={measure} onDone={() => setIsEditing(false)} onReload={reload} />
            ) : (
              <MeasureDetailsCard
                measure={measure}
                progressControl={
                  permissions.canUpdatePercent ? (
                    <MeasureProgressControl measure={measure} onReload={handleReload} isReloading={isReloading} />
                  ) : null
                }
              />
            )}
            <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section">
              <PanelErrorBoundary>
                {renderEvidence({
                  measure: {
                    id: measure.id,
                    organization_id: measure.organization_id,
                    department_id: measure.department_id,
                    status: measure.status,
                    version: measure.version,
                  },
                  canUpload: permissions.canUploadEvidence,
                  canRemove: permissions.canRemoveEvidence,
                  canRemoveAny: permissions.canRemoveAnyEvidence,
                  viewerId: viewer.id,
                })}
              </PanelErrorBoundary>
            </Paper>
            <PanelErrorBoundary>
              <ProgressReportsSection measure={measure} canReport={permissions.canReportProgress} />
            </PanelErrorBoundary>
            <PanelErrorBoundary>
              <CommentsSection measureId={measure.id} />
            </PanelErrorBoundary>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <AssigneesCard
              measureId={measure.id}
              departmentId={measure.department_id}
              assignees={assignees.data}
              assigneesError={assignees.error}
              onRetry={() => void assignees.refetch()}
              viewerId={viewer.id}
              canAssign={permissions.canAssign}
            />
            <PanelErrorBoundary>
              <ActivityTimeline measureId={measure.id} />
            </PanelErrorBoundary>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/**
 * /measures/$measureId: one measure with its details, workflow steps, assignees, evidence, progress
 * reports, comments and history. What each person may do follows their role, assignment and the status.
 */
export function MeasurePage({ measureId, viewer, renderEvidence }: MeasurePageProps) {
  const { t } = useTranslation();
  const query = useMeasure(measureId);
  // Loaded with the measure: what the viewer may do depends on who is assigned.
  const assignees = useMeasureAssignees(measureId);

  if (query.isPending || (query.data && assignees.isPending))
    return <LoadingSkeleton lines={8} label={t('common.loading')} />;
  if (query.isError) {
    return (
      <>
        <PageHeader title={t('measures.pageTitle')} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isRefetching} />
      </>
    );
  }
  if (!query.data) return <MeasureNotFound />;
  return (
    <MeasureView
      key={query.data.id}
      measure={query.data}
      assignees={assignees}
      viewer={viewer}
      renderEvidence={renderEvidence}
    />
  );
}
