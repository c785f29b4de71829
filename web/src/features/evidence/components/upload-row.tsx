import { Button, Group, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconRefresh, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { uploadErrorMessage } from '@/features/evidence/lib/evidence-errors';
import { resolveEvidenceMimeType } from '@/features/evidence/lib/evidence-file-rules';
import { FILE_KIND_LOOK, fileKind } from '@/features/evidence/lib/file-kind';
import { formatFileSize } from '@/features/evidence/lib/format-file-size';
import type { UploadItem } from '@/features/evidence/lib/upload-queue';

interface UploadRowProps {
  item: UploadItem;
  onCancel: (key: string) => void;
  onRetry: (key: string) => void;
  onRemove: (key: string) => void;
}

const STATUS_COLOR = {
  ready: 'gray.7',
  queued: 'gray.7',
  uploading: 'blue.8',
  saving: 'blue.8',
  done: 'green.9',
  cancelled: 'gray.7',
  failed: 'red.8',
  rejected: 'red.8',
} as const;

/** One chosen file: name, size, status, a progress bar of the bytes sent, and what can be done with it. */
export function UploadRow({ item, onCancel, onRetry, onRemove }: UploadRowProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'th';
  const name = item.file.name;
  const kind = fileKind(resolveEvidenceMimeType(item.file) ?? item.file.type);
  const { icon: KindIcon, color } = FILE_KIND_LOOK[kind];
  const percent = item.total > 0 ? Math.min(100, Math.round((item.loaded / item.total) * 100)) : 0;
  const showsProgress = item.status === 'uploading' || item.status === 'saving' || item.status === 'done';
  const hasError = item.status === 'failed' || item.status === 'rejected';

  return (
    <Stack component="li" gap={6} py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color={color} size="lg" aria-hidden="true">
          {item.status === 'done' ? <IconCheck size={20} /> : <KindIcon size={20} />}
        </ThemeIcon>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Text>
          <Text size="sm" c={STATUS_COLOR[item.status]}>
            {formatFileSize(item.file.size, locale)} ·{' '}
            {item.status === 'uploading'
              ? t('evidence.upload.status.uploading', { percent })
              : t(`evidence.upload.status.${item.status}`)}
          </Text>
        </Stack>
      </Group>
      {showsProgress ? (
        <Stack gap={2}>
          <Progress
            value={percent}
            color={item.status === 'done' ? 'green' : 'blue'}
            striped={item.status === 'saving'}
            animated={item.status === 'saving'}
            aria-label={t('evidence.upload.progressLabel', { name })}
          />
          {item.status === 'uploading' ? (
            <Text size="xs" c="dimmed">
              {t('evidence.upload.progressText', {
                sent: formatFileSize(item.loaded, locale),
                total: formatFileSize(item.total, locale),
              })}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      {hasError ? (
        <Text size="sm" c="red.8" role="alert">
          {uploadErrorMessage(item.error, t, locale)}
        </Text>
      ) : null}
      <Group gap="xs" justify="flex-end">
        {item.status === 'queued' || item.status === 'uploading' ? (
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconX size={14} aria-hidden="true" />}
            aria-label={t('evidence.upload.cancelLabel', { name })}
            onClick={() => onCancel(item.key)}
          >
            {t('evidence.upload.cancel')}
          </Button>
        ) : null}
        {item.canRetry && (item.status === 'failed' || item.status === 'cancelled') ? (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconRefresh size={14} aria-hidden="true" />}
            aria-label={t('evidence.upload.retryLabel', { name })}
            onClick={() => onRetry(item.key)}
          >
            {t('evidence.upload.retry')}
          </Button>
        ) : null}
        {item.status === 'ready' ||
        item.status === 'rejected' ||
        item.status === 'failed' ||
        item.status === 'cancelled' ? (
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray.8"
            aria-label={t('evidence.upload.removeFromListLabel', { name })}
            onClick={() => onRemove(item.key)}
          >
            {t('evidence.upload.removeFromList')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
