import { Button, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconChevronUp, IconReplace, IconTrash } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openConfirmDialog } from '@/components/confirm-dialog';
import type { EvidenceRow } from '@/features/evidence/api/get-measure-evidence';
import { useRemoveEvidence } from '@/features/evidence/api/remove-evidence';
import { EvidenceFileCard } from '@/features/evidence/components/evidence-file-card';
import { EvidenceUploader } from '@/features/evidence/components/evidence-uploader';
import type { EvidenceGroup } from '@/features/evidence/lib/evidence-versions';

export interface EvidenceItemProps {
  group: EvidenceGroup<EvidenceRow>;
  /** Where a new version would go; null when versions cannot be uploaded here. */
  uploadTarget: { id: string; organization_id: string; department_id: string } | null;
  canRemove: boolean;
}

/** One evidence file: its current version with actions, and its older versions collapsed beneath. */
export function EvidenceItem({ group, uploadTarget, canRemove }: EvidenceItemProps) {
  const { t } = useTranslation();
  const { current, older } = group;
  const name = current.original_filename;
  const [isVersionsOpen, setIsVersionsOpen] = useState(false);
  const [isNewVersionOpen, setIsNewVersionOpen] = useState(false);
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const remove = useRemoveEvidence();
  const versionsId = useId();

  const handleRemove = async () => {
    const result = await openConfirmDialog({
      title: t('evidence.remove.title'),
      message:
        older.length > 0 ? t('evidence.remove.messageWithPrevious', { name }) : t('evidence.remove.message', { name }),
      confirmLabel: t('evidence.remove.confirm'),
      danger: true,
    });
    if (!result.confirmed) return;
    remove.mutate(
      { id: current.id, storagePath: current.storage_path },
      { onSuccess: () => notifications.show({ color: 'green', message: t('evidence.remove.done', { name }) }) },
    );
  };

  return (
    <Stack component="li" gap="xs" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <EvidenceFileCard
        row={current}
        showVersion={older.length > 0}
        actions={
          <>
            {uploadTarget ? (
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconReplace size={14} aria-hidden="true" />}
                aria-label={t('evidence.actions.newVersionLabel', { name })}
                onClick={() => setIsNewVersionOpen(true)}
              >
                {t('evidence.actions.newVersion')}
              </Button>
            ) : null}
            {canRemove ? (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red.8"
                leftSection={<IconTrash size={14} aria-hidden="true" />}
                aria-label={t('evidence.actions.removeLabel', { name })}
                loading={remove.isPending}
                onClick={() => void handleRemove()}
              >
                {t('evidence.actions.remove')}
              </Button>
            ) : null}
          </>
        }
      />
      {older.length > 0 ? (
        <>
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray.8"
            style={{ alignSelf: 'flex-start' }}
            rightSection={
              isVersionsOpen ? (
                <IconChevronUp size={14} aria-hidden="true" />
              ) : (
                <IconChevronDown size={14} aria-hidden="true" />
              )
            }
            aria-expanded={isVersionsOpen}
            aria-controls={versionsId}
            aria-label={t('evidence.actions.olderVersionsLabel', { name, count: older.length })}
            onClick={() => setIsVersionsOpen((open) => !open)}
          >
            {t('evidence.actions.olderVersions', { count: older.length })}
          </Button>
          {isVersionsOpen ? (
            <Stack
              component="ul"
              id={versionsId}
              gap="sm"
              m={0}
              pl="md"
              style={{ listStyle: 'none', borderLeft: '3px solid var(--mantine-color-gray-3)' }}
            >
              {older.map((row) => (
                <li key={row.id}>
                  <EvidenceFileCard row={row} showVersion />
                </li>
              ))}
            </Stack>
          ) : null}
        </>
      ) : null}
      {uploadTarget && isNewVersionOpen ? (
        <Modal
          opened
          onClose={() => setIsNewVersionOpen(false)}
          title={t('evidence.upload.newVersionTitle')}
          size="lg"
          fullScreen={isPhone}
          closeButtonProps={{ 'aria-label': t('common.close') }}
          styles={{ title: { lineHeight: 1.5 } }}
        >
          <Stack gap="sm">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('evidence.upload.newVersionOf', { name })}
            </Text>
            <EvidenceUploader
              measure={uploadTarget}
              replaces={{ id: current.id, name }}
              onUploaded={() => setIsNewVersionOpen(false)}
            />
          </Stack>
        </Modal>
      ) : null}
    </Stack>
  );
}
