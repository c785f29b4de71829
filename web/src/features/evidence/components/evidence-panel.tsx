import { Alert, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EvidenceList } from '@/features/evidence/components/evidence-list';
import { EvidenceUploader } from '@/features/evidence/components/evidence-uploader';
import type { Enums } from '@/lib/database.types';

export interface EvidencePanelMeasure {
  id: string;
  organization_id: string;
  department_id: string;
  status: Enums<'measure_status'>;
  version: number;
}

export interface EvidencePanelProps {
  measure: EvidencePanelMeasure;
  /** The person may add evidence (an assignee, the head or an admin); the database checks again. */
  canUpload: boolean;
  /** The person may remove the evidence they uploaded themselves; the database checks again. */
  canRemove: boolean;
  /** The person may remove anyone's evidence (the head of the department, an admin). */
  canRemoveAny?: boolean;
  /** The signed-in person: their own files are the ones `canRemove` covers. */
  viewerId: string;
}

/**
 * The evidence section of the measure detail page: upload (files, drag and drop, camera), the list with
 * previews, downloads under the Thai name, SHA-256, versions, and removal. Nothing can be added to an
 * approved or cancelled measure, nor removed from an approved one.
 */
export function EvidencePanel({ measure, canUpload, canRemove, canRemoveAny = false, viewerId }: EvidencePanelProps) {
  const { t } = useTranslation();
  const isLocked = measure.status === 'approved' || measure.status === 'cancelled';
  const mayUpload = canUpload && !isLocked;
  const mayRemove = canRemove && measure.status !== 'approved';
  const target = { id: measure.id, organization_id: measure.organization_id, department_id: measure.department_id };

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('evidence.title')}
      </Title>
      {isLocked && (canUpload || canRemove) ? (
        <Alert variant="light" color="gray" icon={<IconLock aria-hidden="true" />}>
          {measure.status === 'approved' ? t('evidence.lockedApproved') : t('evidence.lockedCancelled')}
        </Alert>
      ) : null}
      {mayUpload ? (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('evidence.upload.heading')}
          </Title>
          <EvidenceUploader measure={target} />
        </Stack>
      ) : null}
      <EvidenceList
        measureId={measure.id}
        uploadTarget={mayUpload ? target : null}
        canRemove={mayRemove}
        canRemoveAny={mayRemove && canRemoveAny}
        viewerId={viewerId}
        emptyDescription={mayUpload ? t('evidence.emptyDescription') : t('evidence.emptyReadOnly')}
      />
    </Stack>
  );
}
