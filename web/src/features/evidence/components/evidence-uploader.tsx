import { Button, Group, Paper, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCamera, IconCloudUpload, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, useSyncExternalStore, type ChangeEvent, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ThaiDateInput } from '@/components/form/thai-date-input';
import { uploadEvidence } from '@/features/evidence/api/upload-evidence';
import { UploadRow } from '@/features/evidence/components/upload-row';
import { useUploadTransport } from '@/features/evidence/components/upload-transport-context';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES } from '@/features/evidence/lib/evidence-file-rules';
import { formatFileSize } from '@/features/evidence/lib/format-file-size';
import { newUuid } from '@/features/evidence/lib/new-uuid';
import { UploadQueue, isActiveUpload, type UploadJob } from '@/features/evidence/lib/upload-queue';
import { todayIso, type IsoDate } from '@/lib/dates';
import { invalidateMeasureData } from '@/lib/query-roots';
import { useSupabase } from '@/lib/supabase-context';

export interface EvidenceUploaderProps {
  measure: { id: string; organization_id: string; department_id: string };
  /** Upload one file as the new version of this evidence. */
  replaces?: { id: string; name: string };
  /** Called after each file is stored and listed. */
  onUploaded?: () => void;
}

/**
 * Choose (or drop, or photograph) files, give the date of the activity and a description for the batch,
 * and upload: each file shows its bytes sent, can be cancelled, and can be retried after a network failure.
 */
export function EvidenceUploader({ measure, replaces, onUploaded }: EvidenceUploaderProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'th';
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  const transport = useUploadTransport();
  const [queue] = useState(() => new UploadQueue());
  const items = useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
  const [effectiveDate, setEffectiveDate] = useState<IsoDate | null>(() => todayIso());
  const [description, setDescription] = useState('');
  const [hasDateError, setHasDateError] = useState(false);
  const [isDragging, setIsDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const photoInput = useRef<HTMLInputElement>(null);
  const isTouch = useMediaQuery('(pointer: coarse)') ?? false;
  const listId = useId();
  const isSingle = replaces !== undefined;

  const readyCount = items.filter((item) => item.status === 'ready').length;
  const isBusy = items.some(isActiveUpload);
  const hasFinished = items.some((item) => item.status === 'done');
  const lastDone = items.findLast((item) => item.status === 'done');

  // Leaving the page cancels what is being sent (its object is removed); ask first.
  useEffect(() => () => queue.abortAll(), [queue]);
  useEffect(() => {
    if (!isBusy) return;
    const handleBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', handleBeforeUnload);
    return () => window.removeEventListener('beforeunload', handleBeforeUnload);
  }, [isBusy]);

  const addFiles = (files: FileList | File[] | null) => {
    const chosen = Array.from(files ?? []);
    if (chosen.length === 0) return;
    if (isSingle) {
      for (const item of items) if (!isActiveUpload(item) && item.status !== 'done') queue.remove(item.key);
      queue.add(chosen.slice(0, 1));
    } else {
      queue.add(chosen);
    }
  };

  const handleInputChange = (event: ChangeEvent<HTMLInputElement>) => {
    addFiles(event.currentTarget.files);
    event.currentTarget.value = ''; // choosing the same file again still fires change
  };

  const handleDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsDragging(false);
    addFiles(event.dataTransfer.files);
  };

  const handleStart = () => {
    if (!effectiveDate) {
      setHasDateError(true);
      return;
    }
    const batch = {
      measure: { id: measure.id, organization_id: measure.organization_id, department_id: measure.department_id },
      effectiveDate,
      description: description.trim() || null,
      submissionId: newUuid(),
      replacesEvidenceId: replaces?.id ?? null,
    };
    const job: UploadJob = async (file, { signal, onProgress, onStage }) => {
      await uploadEvidence(supabase, { ...batch, file }, { transport, signal, onProgress, onStage });
      await invalidateMeasureData(queryClient);
      onUploaded?.();
    };
    queue.start(job);
  };

  return (
    <Stack gap="sm">
      <Paper
        withBorder
        p="md"
        radius="md"
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={handleDrop}
        bg={isDragging ? 'blue.0' : undefined}
        style={{ borderStyle: 'dashed', borderColor: isDragging ? 'var(--mantine-color-blue-6)' : undefined }}
      >
        <Stack gap="xs" align="center" ta="center">
          <IconCloudUpload size={32} aria-hidden="true" color="var(--mantine-color-gray-6)" />
          <Text>{isDragging ? t('evidence.upload.dropActive') : t('evidence.upload.dropHint')}</Text>
          <Group gap="sm" justify="center">
            <Button
              leftSection={<IconFileUpload size={18} aria-hidden="true" />}
              onClick={() => fileInput.current?.click()}
            >
              {isSingle ? t('evidence.upload.chooseFile') : t('evidence.upload.chooseFiles')}
            </Button>
            {isTouch ? (
              <Button
                variant="light"
                leftSection={<IconCamera size={18} aria-hidden="true" />}
                onClick={() => photoInput.current?.click()}
              >
                {t('evidence.upload.takePhoto')}
              </Button>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {t('evidence.upload.rules', { max: formatFileSize(EVIDENCE_MAX_BYTES, locale) })}
          </Text>
          <input
            ref={fileInput}
            type="file"
            multiple={!isSingle}
            accept={EVIDENCE_ACCEPT}
            aria-label={t('evidence.upload.fileInputLabel')}
            tabIndex={-1}
            style={{ display: 'none' }}
            onChange={handleInputChange}
          />
          <input
            ref={photoInput}
            type="file"
            accept="image/*"
            capture="environment"
            aria-label={t('evidence.upload.photoInputLabel')}
            tabIndex={-1}
            style={{ display: 'none' }}
            onChange={handleInputChange}
          />
        </Stack>
      </Paper>

      {items.length > 0 ? (
        <>
          <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={listId}>
            <VisuallyHidden id={listId}>{t('evidence.upload.filesLabel')}</VisuallyHidden>
            {items.map((item) => (
              <UploadRow
                key={item.key}
                item={item}
                onCancel={(key) => queue.cancel(key)}
                onRetry={(key) => queue.retry(key)}
                onRemove={(key) => queue.remove(key)}
              />
            ))}
          </Stack>
          {readyCount > 0 ? (
            <Stack gap="sm">
              <ThaiDateInput
                label={t('evidence.upload.effectiveDate')}
                description={t('evidence.upload.effectiveDateHelp')}
                value={effectiveDate}
                onChange={(value) => {
                  setEffectiveDate(value);
                  setHasDateError(false);
                }}
                error={hasDateError ? t('evidence.upload.dateRequired') : undefined}
                required
              />
              <Textarea
                label={t('evidence.upload.description')}
                placeholder={t('evidence.upload.descriptionPlaceholder')}
                value={description}
                onChange={(event) => setDescription(event.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={2000}
              />
            </Stack>
          ) : null}
          <Group gap="sm">
            {readyCount > 0 ? (
              <Button leftSection={<IconUpload size={18} aria-hidden="true" />} onClick={handleStart}>
                {t('evidence.upload.submit', { count: readyCount })}
              </Button>
            ) : null}
            {hasFinished && !isSingle ? (
              <Button variant="subtle" onClick={() => queue.clearFinished()}>
                {t('evidence.upload.clearFinished')}
              </Button>
            ) : null}
          </Group>
        </>
      ) : null}
      <VisuallyHidden role="status">
        {lastDone ? t('evidence.upload.uploaded', { name: lastDone.file.name }) : ''}
      </VisuallyHidden>
    </Stack>
  );
}
