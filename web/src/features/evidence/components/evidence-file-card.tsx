import { Button, Code, CopyButton, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconEye, IconFingerprint } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDownloadEvidence } from '@/features/evidence/api/get-evidence-url';
import type { EvidenceRow } from '@/features/evidence/api/get-measure-evidence';
import { EvidencePreviewModal } from '@/features/evidence/components/evidence-preview-modal';
import { evidencePreviewKind } from '@/features/evidence/lib/evidence-file-rules';
import { FILE_KIND_LOOK, fileKind } from '@/features/evidence/lib/file-kind';
import { formatFileSize } from '@/features/evidence/lib/format-file-size';
import { formatDate, formatDateTime } from '@/lib/dates';

interface EvidenceFileCardProps {
  row: EvidenceRow;
  /** Shows "version n" (files that have more than one version). */
  showVersion?: boolean;
  /** More actions after preview, download and SHA-256 (new version, remove). */
  actions?: ReactNode;
}

/** One version of an evidence file: what it is, who gave it when, and preview / download / SHA-256. */
export function EvidenceFileCard({ row, showVersion = false, actions }: EvidenceFileCardProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'th';
  const [isShaShown, setIsShaShown] = useState(false);
  const [isPreviewOpen, setIsPreviewOpen] = useState(false);
  const download = useDownloadEvidence();
  const shaId = useId();
  const name = row.original_filename;
  const kind = fileKind(row.mime_type);
  const { icon: KindIcon, color } = FILE_KIND_LOOK[kind];
  const canPreview = evidencePreviewKind(row.mime_type) !== null;

  return (
    <Stack gap={6}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color={color} size="lg" role="img" aria-label={t(`evidence.item.type.${kind}`)}>
          <KindIcon size={20} aria-hidden="true" />
        </ThemeIcon>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Text>
          <Text size="sm" c="dimmed">
            {[
              showVersion ? t('evidence.item.version', { version: row.version }) : null,
              formatFileSize(row.size_bytes, locale),
              row.effective_date
                ? t('evidence.item.effectiveDate', { date: formatDate(row.effective_date, { locale }) })
                : t('evidence.item.noEffectiveDate'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('evidence.item.uploadedBy', {
              name: row.uploader?.full_name ?? t('evidence.item.unknownUploader'),
              time: formatDateTime(row.created_at, { locale }),
            })}
          </Text>
          {row.description ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {row.description}
            </Text>
          ) : null}
        </Stack>
      </Group>
      <Group gap={6} role="group" aria-label={t('evidence.actions.label', { name })}>
        {canPreview ? (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconEye size={14} aria-hidden="true" />}
            aria-label={t('evidence.actions.previewLabel', { name })}
            onClick={() => setIsPreviewOpen(true)}
          >
            {t('evidence.actions.preview')}
          </Button>
        ) : null}
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconDownload size={14} aria-hidden="true" />}
          aria-label={t('evidence.actions.downloadLabel', { name })}
          loading={download.isPending}
          onClick={() => download.mutate({ storagePath: row.storage_path, name })}
        >
          {t('evidence.actions.download')}
        </Button>
        <Button
          size="compact-sm"
          variant={isShaShown ? 'filled' : 'subtle'}
          leftSection={<IconFingerprint size={14} aria-hidden="true" />}
          aria-label={t('evidence.actions.showShaLabel', { name })}
          aria-expanded={isShaShown}
          aria-controls={shaId}
          onClick={() => setIsShaShown((shown) => !shown)}
        >
          {t('evidence.actions.showSha')}
        </Button>
        {actions}
      </Group>
      {isShaShown ? (
        <Stack gap={4} id={shaId} role="region" aria-label={t('evidence.sha.label', { name })}>
          <Group gap="xs" wrap="nowrap" align="center">
            <Code style={{ overflowWrap: 'anywhere', flex: 1 }}>{row.sha256}</Code>
            <CopyButton value={row.sha256}>
              {({ copied, copy }) => (
                <Button
                  size="compact-xs"
                  variant="default"
                  leftSection={
                    copied ? <IconCheck size={12} aria-hidden="true" /> : <IconCopy size={12} aria-hidden="true" />
                  }
                  onClick={copy}
                >
                  {copied ? t('evidence.actions.copied') : t('evidence.actions.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="xs" c="dimmed">
            {t('evidence.sha.help')}
          </Text>
        </Stack>
      ) : null}
      {isPreviewOpen ? <EvidencePreviewModal file={row} onClose={() => setIsPreviewOpen(false)} /> : null}
    </Stack>
  );
}
