import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EvidenceList } from '@/features/evidence/components/evidence-list';
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
  canUpload: boolean;
  canRemove: boolean;
}

/** The evidence section of the measure detail page: upload, list, versions, remove. */
export function EvidencePanel({ measure }: EvidencePanelProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('evidence.title')}
      </Title>
      <EvidenceList measureId={measure.id} />
    </Stack>
  );
}
