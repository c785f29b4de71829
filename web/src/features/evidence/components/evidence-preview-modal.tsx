import { Anchor, Box, Center, Group, Image, Loader, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useEvidencePreviewUrl } from '@/features/evidence/api/get-evidence-url';
import { evidencePreviewKind } from '@/features/evidence/lib/evidence-file-rules';

interface EvidencePreviewModalProps {
  file: { storage_path: string; original_filename: string; mime_type: string };
  onClose: () => void;
}

/** A PDF or image in a dialog, from a short-lived signed URL; full screen on phones. */
export function EvidencePreviewModal({ file, onClose }: EvidencePreviewModalProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('evidence.preview.title', { name: file.original_filename })}
      size="xl"
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { overflowWrap: 'anywhere', lineHeight: 1.5 } }}
    >
      <PreviewBody file={file} />
    </Modal>
  );
}

function PreviewBody({ file }: Pick<EvidencePreviewModalProps, 'file'>) {
  const { t } = useTranslation();
  const url = useEvidencePreviewUrl(file.storage_path);
  const kind = evidencePreviewKind(file.mime_type);
  if (url.isPending) {
    return (
      <Center h={200}>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (url.isError) {
    return (
      <ErrorState title={t('evidence.errors.previewFailed')} error={url.error} onRetry={() => void url.refetch()} />
    );
  }
  return (
    <Stack gap="sm">
      {kind === 'image' ? (
        <Image src={url.data} alt={file.original_filename} fit="contain" mah="75vh" />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('evidence.preview.pdfHint')}
          </Text>
          <Box
            component="iframe"
            src={url.data}
            title={file.original_filename}
            w="100%"
            h="75vh"
            style={{ border: '1px solid var(--mantine-color-gray-3)' }}
          />
        </>
      )}
      <Group justify="flex-end">
        <Anchor href={url.data} target="_blank" rel="noopener noreferrer">
          <Group gap={4} component="span">
            <IconExternalLink size={16} aria-hidden="true" />
            {t('evidence.actions.openInNewTab')}
          </Group>
        </Anchor>
      </Group>
    </Stack>
  );
}
